import type * as Y from 'yjs';
import { buildListEntry } from '../doc/build.js';
import { type ListField, migrateList } from '../doc/migrate.js';
import {
  type OrderedEntry,
  POSITION,
  clampIndex,
  compareEntries,
  keyAt,
  orderedEntries,
} from '../doc/ordered.js';
import { newId } from '../ids.js';
import { LIMITS, readCollaborator } from '../read/tolerant.js';
import type { Collaborator, Design } from '../types.js';
import { type OpContext, roleNode, unitNode } from './context.js';
import type { ListEntryValue, Operation, OperationOutcome } from './operations.js';
import { checkShortText, refuse, refusals } from './refusals.js';

type ListOperation = Extract<Operation, { type: `list.${string}` }>;

/**
 * The list fields of a role (external parties, additional duties, internal collaborators), changed one
 * entry at a time. Entries are addressed by their place in the list the user sees (the read model's
 * array), resolved here to the stored entry, so every replica then changes that same entry: two people
 * adding at once both keep their entry, and a removal or an edit touches only its own entry.
 */
export function applyListOperation(context: OpContext, op: ListOperation): OperationOutcome {
  const role = roleNode(context, op.id);
  checkField(op.field);
  const list = new EntryList(context, role, op.field);
  switch (op.type) {
    case 'list.add':
      list.checkRoom(1);
      list.place(null, checkValue(context, op.field, op.value, 'value'), op.index);
      return {};
    case 'list.edit': {
      const entry = list.at(op.index);
      entry.node.set('value', storable(checkValue(context, op.field, op.value, 'value')));
      return {};
    }
    case 'list.remove':
      list.remove(list.at(op.index));
      return {};
    case 'list.move': {
      const entry = list.at(op.index);
      list.place(entry, null, op.to);
      return {};
    }
  }
}

/**
 * Writes a whole new list (what `role.update` carries) as the smallest set of entry changes: values
 * kept in order stay untouched, a value that changed place is moved, the rest are removed or added.
 * A text changed in place counts as a removal and an addition, not an edit: if someone removes or
 * rewrites that entry at the same time, the new words are still kept. (`list.edit` is the edit.)
 */
export function writeWholeList(
  context: OpContext,
  role: Y.Map<unknown>,
  field: ListField,
  values: readonly ListEntryValue[],
): void {
  const list = new EntryList(context, role, field);
  const old = list.visible();
  const oldKeys = old.map((entry) => identity(entry.node.get('value')));
  const newKeys = values.map(identity);
  const matched = longestCommonSubsequence(oldKeys, newKeys);
  const anchorOfNew = new Map<number, OrderedEntry>();
  const usedOld = new Set<number>();
  for (const [from, to] of matched) {
    anchorOfNew.set(to, old[from]!);
    usedOld.add(from);
  }
  // A value that only changed place keeps its entry (a move, not a delete and an add).
  const chosen = new Map<number, OrderedEntry>(anchorOfNew);
  newKeys.forEach((key, to) => {
    if (chosen.has(to)) return;
    const from = oldKeys.findIndex((candidate, index) => candidate === key && !usedOld.has(index));
    if (from >= 0) {
      chosen.set(to, old[from]!);
      usedOld.add(from);
    }
  });
  old.forEach((entry, index) => {
    if (!usedOld.has(index)) list.remove(entry);
  });
  values.forEach((value, to) => {
    const entry = chosen.get(to) ?? null;
    const current = list.visible();
    if (entry !== null && current[to]?.id === entry.id) return;
    list.place(entry, entry === null ? value : null, to);
  });
}

/** The entries of one list field of one role, as the user sees them. */
class EntryList {
  private readonly collection: Y.Map<unknown>;

  constructor(
    private readonly context: OpContext,
    role: Y.Map<unknown>,
    private readonly field: ListField,
  ) {
    this.collection = migrateList(role, field);
  }

  /** Stored entries the read model shows: blank texts and collaborators that point nowhere are hidden. */
  visible(): OrderedEntry[] {
    return orderedEntries(this.collection)
      .filter((entry) => isShown(this.context.design, this.field, entry.node.get('value')))
      .slice(0, LIMITS.listLength);
  }

  at(index: number): OrderedEntry {
    const entry = Number.isInteger(index) ? this.visible()[index] : undefined;
    if (entry === undefined) {
      refuse(
        refusals.invalid(
          'index',
          `There is no entry ${String(index)} in this list; it may have just been removed.`,
          `列表中没有第 ${String(index)} 项，可能刚被删除。`,
        ),
      );
    }
    return entry;
  }

  checkRoom(adding: number): void {
    if (this.visible().length + adding > LIMITS.listLength) {
      refuse(
        refusals.invalid(
          this.field,
          `A list holds at most ${LIMITS.listLength} entries.`,
          `一个列表最多 ${LIMITS.listLength} 项。`,
        ),
      );
    }
  }

  /** Puts an existing entry (only its key changes) or a new value at `index` of the visible list. */
  place(entry: OrderedEntry | null, value: ListEntryValue | null, index: number | undefined): void {
    const others = this.visible().filter((candidate) => candidate.id !== entry?.id);
    const at = clampIndex(index, others.length);
    if (entry !== null) {
      const before = others[at - 1];
      const after = others[at];
      const fits =
        (before === undefined || compareEntries(before, entry) < 0) &&
        (after === undefined || compareEntries(entry, after) < 0);
      if (!fits) entry.node.set(POSITION, keyAt(others, at));
      return;
    }
    this.collection.set(newId('e'), buildListEntry(storable(value!), keyAt(others, at)));
  }

  remove(entry: OrderedEntry): void {
    this.collection.delete(entry.id);
  }
}

function checkField(field: string): asserts field is ListField {
  if (field !== 'externalParties' && field !== 'additionalDuties' && field !== 'internalCollaborators') {
    refuse(
      refusals.invalid('field', `"${field}" is not a list of a role.`, `“${field}”不是岗位的列表字段。`),
    );
  }
}

/** Checks one value before anything is written: a short text, or a collaborator that exists. */
export function checkValue(
  context: OpContext,
  field: ListField,
  value: unknown,
  path: string,
): ListEntryValue {
  if (field !== 'internalCollaborators') {
    if (typeof value !== 'string' || value.trim() === '')
      refuse(refusals.invalid(path, `${path} must be a non-empty text.`, `${path} 必须是非空文本。`));
    return checkShortText(value, path);
  }
  const entry = readCollaborator(value);
  if (entry === null || (value as Collaborator).kind !== entry.kind) {
    refuse(
      refusals.invalid(
        path,
        `${path} must be a unit, a role or a name in words.`,
        `${path} 必须是部门、岗位或文字名称。`,
      ),
    );
  }
  if (entry.kind === 'unit') unitNode(context, entry.id, path);
  else if (entry.kind === 'role') roleNode(context, entry.id, path);
  else checkShortText(entry.text, path, true);
  return entry;
}

function isShown(design: Design, field: ListField, value: unknown): boolean {
  if (field !== 'internalCollaborators') return typeof value === 'string' && value.trim() !== '';
  const entry = readCollaborator(value);
  if (entry === null) return false;
  if (entry.kind === 'unit') return design.units.some((unit) => unit.id === entry.id);
  if (entry.kind === 'role') return design.roles.some((role) => role.id === entry.id);
  return true;
}

function storable(value: ListEntryValue): string | Collaborator {
  return typeof value === 'string' ? value : { ...value };
}

/** Equal values compare equal: a text by its words, a collaborator by kind and target. */
function identity(value: unknown): string {
  if (typeof value === 'string') return `t:${value}`;
  const entry = readCollaborator(value);
  if (entry === null) return '';
  return entry.kind === 'text' ? `c:text:${entry.text}` : `c:${entry.kind}:${entry.id}`;
}

/** Index pairs [old, new] of one longest common subsequence, in order. Lists are at most 1 000 long. */
function longestCommonSubsequence(a: readonly string[], b: readonly string[]): [number, number][] {
  const width = b.length + 1;
  const table = new Uint16Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i * width + j] =
        a[i] === b[j]
          ? table[(i + 1) * width + j + 1]! + 1
          : Math.max(table[(i + 1) * width + j]!, table[i * width + j + 1]!);
    }
  }
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (table[(i + 1) * width + j]! >= table[i * width + j + 1]!) i++;
    else j++;
  }
  return pairs;
}
