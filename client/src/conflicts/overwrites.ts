import { type Design, type Operation, designIndex, rolesChangedSince } from '@orgcanvas/model';

/**
 * Fields whose value is one string that a concurrent write replaces whole (last writer wins): a
 * role's title and a unit's name. Two people renaming the same role, one of them offline, leave one
 * title; these modules notice which one was lost and tell both people.
 */
export type FieldRef =
  | { readonly kind: 'role'; readonly id: string; readonly field: 'title' }
  | { readonly kind: 'unit'; readonly id: string; readonly field: 'name' };

/** A value this person wrote into a field, and the value it replaced (what they had seen). */
export interface FieldWrite {
  readonly ref: FieldRef;
  readonly value: string;
  readonly base: string;
}

/** A value that lost to a concurrent write of the same field, as its author publishes it. */
export interface LostWrite {
  readonly ref: FieldRef;
  readonly lost: string;
  readonly kept: string;
}

export interface OverwriteNotice {
  /** The same overwrite gets the same key on every screen and from every path that finds it. */
  readonly key: string;
  readonly ref: FieldRef;
  readonly lost: string;
  readonly kept: string;
  /** `lost`: my value was replaced (restore mine); `kept`: mine replaced theirs (restore theirs). */
  readonly mine: 'lost' | 'kept';
  /** The other person's name, when known. */
  readonly other: string | null;
}

export function fieldKey(ref: FieldRef): string {
  return `${ref.kind}:${ref.id}:${ref.field}`;
}

export function noticeKey(ref: FieldRef, lost: string, kept: string): string {
  return JSON.stringify([fieldKey(ref), lost, kept]);
}

/** The field's value in a design, or null once its role or unit is gone. */
export function readField(design: Design, ref: FieldRef): string | null {
  if (ref.kind === 'role') return design.roles.find((role) => role.id === ref.id)?.title ?? null;
  return design.units.find((unit) => unit.id === ref.id)?.name ?? null;
}

/** The operation that writes `value` back into the field (the one-click restore). */
export function restoreOperation(ref: FieldRef, value: string): Operation {
  return ref.kind === 'role'
    ? { type: 'role.update', id: ref.id, patch: { title: value } }
    : { type: 'unit.update', id: ref.id, patch: { name: value } };
}

/** Every watched field whose value differs between two designs (roles and units present in both). */
export function changedFields(before: Design, after: Design): FieldWrite[] {
  const changes: FieldWrite[] = [];
  // The read model keeps an unchanged role or unit the same object: only the others are looked up
  // (in the earlier design's index, which the last render has mostly built already).
  for (const role of rolesChangedSince(before.roles, after)) {
    const old = designIndex(before).rolesById.get(role.id)?.title;
    if (old !== undefined && old !== role.title)
      changes.push({ ref: { kind: 'role', id: role.id, field: 'title' }, value: role.title, base: old });
  }
  let names: Map<string, string> | null = null;
  after.units.forEach((unit, i) => {
    if (before.units[i] === unit) return;
    names ??= new Map(before.units.map((u) => [u.id, u.name]));
    const old = names.get(unit.id);
    if (old !== undefined && old !== unit.name)
      changes.push({ ref: { kind: 'unit', id: unit.id, field: 'name' }, value: unit.name, base: old });
  });
  return changes;
}

const MAX_PUBLISHED = 100;

/**
 * One person's side of the bookkeeping. It remembers the last value this person wrote into each
 * field, which of those writes were made offline, and which of their values a remote update replaced.
 * From that it finds both halves of an overwrite:
 *
 * - the offline writer, once their edits are confirmed, sees a field hold neither their value nor
 *   the one they had replaced: someone else's concurrent write won;
 * - the person online learns the offline writes from presence (each with the value its author had
 *   seen); one that had not seen my value but now holds the field replaced mine;
 * - whoever lost publishes the lost value, and the person whose value was kept recognises it.
 */
export class OverwriteWatch {
  private readonly mine = new Map<string, FieldWrite>();
  private readonly offline = new Map<string, FieldWrite>();
  private readonly replaced = new Map<string, { readonly mine: string; readonly now: string }>();
  // What a peer publishes stays up for minutes; each entry is weighed once, when it first arrives
  // (after the doc update it describes), so a later restore does not read as a new overwrite.
  private readonly weighed = new Set<string>();

  /** A change this person made (their own edit, undo or redo). */
  noteLocalChange(before: Design, after: Design, offline: boolean): void {
    for (const write of changedFields(before, after)) {
      const key = fieldKey(write.ref);
      // Several edits of one field while offline replaced what was seen before the first of them.
      const earlier = this.offline.get(key);
      const recorded = earlier && offline ? { ...write, base: earlier.base } : write;
      this.mine.set(key, recorded);
      this.replaced.delete(key);
      if (offline) this.offline.set(key, recorded);
      else this.offline.delete(key);
    }
  }

  /** Offline writes kept in this browser across a reload made before they could be settled. */
  restoreOffline(writes: readonly FieldWrite[]): void {
    for (const write of writes) {
      const key = fieldKey(write.ref);
      this.offline.set(key, write);
      this.mine.set(key, write);
    }
  }

  /** A change that came from someone else: remembers where it replaced a value of mine. */
  noteRemoteChange(before: Design, after: Design): void {
    for (const change of changedFields(before, after)) {
      const key = fieldKey(change.ref);
      if (this.mine.get(key)?.value === change.base)
        this.replaced.set(key, { mine: change.base, now: change.value });
    }
  }

  /** Offline writes not yet settled (to publish to the others, and to check once confirmed). */
  offlineWrites(): FieldWrite[] {
    return [...this.offline.values()].slice(-MAX_PUBLISHED);
  }

  /**
   * Once this person's offline edits are confirmed by the server: which of them lost to a concurrent
   * write. The offline writes are settled and forgotten (they remain known as this person's writes).
   */
  settleOffline(current: Design): OverwriteNotice[] {
    const notices: OverwriteNotice[] = [];
    for (const write of this.offline.values()) {
      const now = readField(current, write.ref);
      if (now === null || now === write.value || now === write.base) continue;
      notices.push(lostNotice(write.ref, write.value, now, null));
    }
    this.offline.clear();
    return notices;
  }

  /** What another person's published offline writes and lost values say about my values. */
  fromPeer(
    peer: {
      readonly clientId: number;
      readonly name: string;
      readonly offlineWrites: readonly FieldWrite[];
      readonly lost: readonly LostWrite[];
    },
    current: Design,
  ): OverwriteNotice[] {
    const notices: OverwriteNotice[] = [];
    const firstTime = (entry: unknown) => {
      const id = JSON.stringify([peer.clientId, entry]);
      if (this.weighed.has(id)) return false;
      this.weighed.add(id);
      return true;
    };
    for (const theirs of peer.offlineWrites) {
      if (!firstTime(theirs)) continue;
      const key = fieldKey(theirs.ref);
      const mine = this.mine.get(key);
      const replaced = this.replaced.get(key);
      // They had not seen my value, and their value is what replaced it here.
      if (!mine || mine.value === theirs.base || mine.value === theirs.value) continue;
      if (replaced?.mine !== mine.value || replaced.now !== theirs.value) continue;
      if (readField(current, theirs.ref) !== theirs.value) continue;
      notices.push(lostNotice(theirs.ref, mine.value, theirs.value, peer.name));
    }
    for (const lost of peer.lost) {
      if (!firstTime(lost)) continue;
      const mine = this.mine.get(fieldKey(lost.ref));
      if (mine?.value !== lost.kept || lost.lost === lost.kept) continue;
      if (readField(current, lost.ref) !== lost.kept) continue;
      notices.push({
        key: noticeKey(lost.ref, lost.lost, lost.kept),
        ref: lost.ref,
        lost: lost.lost,
        kept: lost.kept,
        mine: 'kept',
        other: peer.name,
      });
    }
    return notices;
  }
}

function lostNotice(ref: FieldRef, lost: string, kept: string, other: string | null): OverwriteNotice {
  return { key: noticeKey(ref, lost, kept), ref, lost, kept, mine: 'lost', other };
}

/** Reads a peer's published writes: untrusted input, checked field by field and bounded. */
export function parseFieldWrites(value: unknown): FieldWrite[] {
  if (!Array.isArray(value)) return [];
  const writes: FieldWrite[] = [];
  for (const entry of value.slice(0, MAX_PUBLISHED)) {
    const record = entry as Record<string, unknown> | null;
    const ref = parseRef(record?.ref);
    if (ref && typeof record?.value === 'string' && typeof record.base === 'string')
      writes.push({ ref, value: record.value, base: record.base });
  }
  return writes;
}

export function parseLostWrites(value: unknown): LostWrite[] {
  if (!Array.isArray(value)) return [];
  const lost: LostWrite[] = [];
  for (const entry of value.slice(0, MAX_PUBLISHED)) {
    const record = entry as Record<string, unknown> | null;
    const ref = parseRef(record?.ref);
    if (ref && typeof record?.lost === 'string' && typeof record.kept === 'string')
      lost.push({ ref, lost: record.lost, kept: record.kept });
  }
  return lost;
}

function parseRef(value: unknown): FieldRef | null {
  if (typeof value !== 'object' || value === null) return null;
  const { kind, id, field } = value as Record<string, unknown>;
  if (typeof id !== 'string' || id.length > 200) return null;
  if (kind === 'role' && field === 'title') return { kind, id, field };
  if (kind === 'unit' && field === 'name') return { kind, id, field };
  return null;
}
