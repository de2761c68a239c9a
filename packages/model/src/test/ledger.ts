import { expect } from 'vitest';
import type { Design, DesignNote, ResponsibilityArea, Role, Unit, WorkItem } from '../types.js';

/**
 * What the replicas of a convergence run did, kept so the end state can be checked for lost edits:
 * everything created must still be there, every word typed still in its text, every list entry
 * added still listed (once), and every field hold a value some replica last wrote to it, unless a
 * delete of that entry (or of what holds it), a removal, or the writer's own undo explains it.
 *
 * Entries are named by keys such as `role:os`, `unit:ops`, `area:role:os:a1`, `item:role:os:a1:i3`
 * and `note:n1`; a field by `<entry>|<field>`, e.g. `role:os|pay.base`.
 */
export type Entity = Role | Unit | ResponsibilityArea | WorkItem | DesignNote;

/** What one operation did, so that undoing it can be accounted for too. */
export interface Effects {
  created: string[];
  deleted: string[];
  /** `<token>\u0001<entry>|<text field>` */
  tokens: string[];
  /** `<value>\u0001<entry>|<list field>` */
  listed: string[];
  unlisted: string[];
  /** `<old value>\u0001<new value>`: an entry edited in place (`list.edit`) */
  replaced: string[];
  fields: string[];
}

export const noEffects = (): Effects => ({
  created: [],
  deleted: [],
  tokens: [],
  listed: [],
  unlisted: [],
  replaced: [],
  fields: [],
});

/** Fields that may also read as empty: a pointer whose target was deleted, or that broke a cycle. */
const NULLABLE = new Set(['reportsTo', 'parentId', 'recipient']);

export class Ledger {
  private readonly created = new Set<string>();
  private readonly deleted = new Set<string>();
  /** token -> `<entry>|<text field>` it was typed into */
  private readonly tokens = new Map<string, string>();
  private readonly untyped = new Set<string>();
  /** list value -> `role:<id>|<field>`; every value a run adds is unique */
  private readonly listed = new Map<string, string>();
  private readonly unlisted = new Set<string>();
  /** new value -> the value its entry held before the edit; old value -> how many edits replaced it */
  private readonly editedFrom = new Map<string, string>();
  private readonly replacements = new Map<string, number>();
  /** field -> replica -> the value that replica left in it */
  private readonly writes = new Map<string, Map<number, unknown>>();

  constructor(base: Design) {
    for (const key of entityKeys(base)) this.created.add(key);
  }

  /** Records an applied operation's effects; `design` is the writer's design right after it. */
  record(replica: number, effects: Effects, design: Design): void {
    for (const key of effects.created) this.created.add(key);
    for (const key of effects.deleted) this.deleted.add(key);
    for (const entry of effects.tokens) {
      const [token, path] = entry.split('\u0001') as [string, string];
      this.tokens.set(token, path);
    }
    for (const value of effects.unlisted) this.unlisted.add(value);
    for (const entry of effects.listed) {
      const [value, field] = entry.split('\u0001') as [string, string];
      this.listed.set(value, field);
    }
    for (const entry of effects.replaced) {
      const [old, value] = entry.split('\u0001') as [string, string];
      this.editedFrom.set(value, old);
      this.replacements.set(old, (this.replacements.get(old) ?? 0) + 1);
    }
    this.noteFields(replica, effects.fields, design);
  }

  /**
   * An entry's value is gone for a reason: it was removed, or it was edited away, or the entry was
   * removed or edited by someone else at the same time as the edit that wrote this value.
   */
  private valueExplained(value: string): boolean {
    if (this.unlisted.has(value) || this.replacements.has(value)) return true;
    for (let old = this.editedFrom.get(value); old !== undefined; old = this.editedFrom.get(old)) {
      if (this.unlisted.has(old) || (this.replacements.get(old) ?? 0) > 1) return true;
    }
    return false;
  }

  /** The writer undid an operation: what it created or added is explained away, its fields re-read. */
  undone(replica: number, effects: Effects, design: Design): void {
    for (const key of effects.created) this.deleted.add(key);
    for (const entry of effects.tokens) this.untyped.add(entry.split('\u0001')[0]!);
    for (const entry of effects.listed) this.unlisted.add(entry.split('\u0001')[0]!);
    this.noteFields(replica, effects.fields, design);
  }

  private noteFields(replica: number, fields: readonly string[], design: Design): void {
    for (const path of fields) {
      if (path.endsWith('|text') || path.endsWith('|purpose') || path.endsWith('|notes')) continue;
      const [key, field] = path.split('|') as [string, string];
      const entity = findEntity(design, key);
      if (entity === undefined) continue;
      let perReplica = this.writes.get(path);
      if (!perReplica) this.writes.set(path, (perReplica = new Map()));
      perReplica.set(replica, fieldOf(entity, field));
    }
  }

  /** Explained: the entry, or something holding it, was deleted by someone at some point. */
  private explained(key: string): boolean {
    const parts = key.split(':');
    const holders = [key];
    if (parts[0] === 'area' || parts[0] === 'item') holders.push(`${parts[1]}:${parts[2]}`);
    if (parts[0] === 'item') holders.push(`area:${parts[1]}:${parts[2]}:${parts[3]}`);
    return holders.some((holder) => this.deleted.has(holder));
  }

  expectNothingLost(design: Design): void {
    const present = new Set(entityKeys(design));
    for (const key of present) expect(this.created.has(key), `${key} appeared from nowhere`).toBe(true);
    for (const key of this.created) {
      if (!this.explained(key)) expect(present.has(key), `${key} was lost`).toBe(true);
    }
    for (const [token, path] of this.tokens) {
      const [key, field] = path.split('|') as [string, string];
      if (this.untyped.has(token) || this.explained(key)) continue;
      const text = String(fieldOf(findEntity(design, key)!, field));
      expect(text, `typed "${token}" into ${path}`).toContain(token);
    }
    for (const [value, path] of this.listed) {
      const [key, field] = path.split('|') as [string, string];
      if (this.valueExplained(value) || this.explained(key)) continue;
      // A dotted line also goes when the role it points to does.
      if (field === 'dottedLines' && this.deleted.has(`role:${value}`)) continue;
      const list = fieldOf(findEntity(design, key)!, field) as readonly unknown[];
      const count = list.filter((entry) => listValue(entry) === value).length;
      expect(count, `"${value}" added to ${path} is listed once`).toBe(1);
    }
    for (const [path, perReplica] of this.writes) {
      const [key, field] = path.split('|') as [string, string];
      if (this.explained(key)) continue;
      const allowed = [...perReplica.values()];
      if (NULLABLE.has(field)) allowed.push(null);
      expect(allowed, `${path} holds a value someone last wrote`).toContainEqual(
        fieldOf(findEntity(design, key)!, field),
      );
    }
  }
}

export function listValue(entry: unknown): string {
  if (typeof entry === 'string') return entry;
  const collaborator = entry as { kind: string; id?: string; text?: string };
  return collaborator.kind === 'text' ? collaborator.text! : `${collaborator.kind}:${collaborator.id}`;
}

export function entityKeys(design: Design): string[] {
  const keys: string[] = [];
  const areas = (owner: string, list: readonly ResponsibilityArea[]) => {
    for (const area of list) {
      keys.push(`area:${owner}:${area.id}`);
      for (const item of area.items) keys.push(`item:${owner}:${area.id}:${item.id}`);
    }
  };
  for (const unit of design.units) {
    keys.push(`unit:${unit.id}`);
    areas(`unit:${unit.id}`, unit.responsibilities);
  }
  for (const role of design.roles) {
    keys.push(`role:${role.id}`);
    areas(`role:${role.id}`, role.responsibilities);
  }
  for (const note of design.notes) keys.push(`note:${note.id}`);
  return keys;
}

export function findEntity(design: Design, key: string): Entity | undefined {
  const [kind, a, b, c, d] = key.split(':');
  const owner = (ownerKind: string | undefined, id: string | undefined) =>
    ownerKind === 'unit'
      ? design.units.find((unit) => unit.id === id)
      : design.roles.find((role) => role.id === id);
  switch (kind) {
    case 'role':
      return design.roles.find((role) => role.id === a);
    case 'unit':
      return design.units.find((unit) => unit.id === a);
    case 'note':
      return design.notes.find((note) => note.id === a);
    case 'area':
      return owner(a, b)?.responsibilities.find((area) => area.id === c);
    case 'item':
      return owner(a, b)
        ?.responsibilities.find((area) => area.id === c)
        ?.items.find((item) => item.id === d);
  }
  return undefined;
}

export function fieldOf(entity: Entity, field: string): unknown {
  let value: unknown = entity;
  for (const part of field.split('.')) value = (value as Record<string, unknown>)[part];
  return value;
}
