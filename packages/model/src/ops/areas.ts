import * as Y from 'yjs';
import { buildArea, buildItem } from '../doc/build.js';
import { nodeOf } from '../doc/schema.js';
import { migrateAreas } from '../doc/migrate.js';
import { type OrderedEntry, POSITION, clampIndex, keyAt, orderedEntries } from '../doc/ordered.js';
import { newId } from '../ids.js';
import { type OpContext, roleNode, unitNode } from './context.js';
import type { ItemPatch, Operation, OperationOutcome, Owner } from './operations.js';
import { ENUMS, checkEnum, checkLongText, checkNewId, checkShortText, refuse, refusals } from './refusals.js';
import { setText } from './text.js';

type AreaOperation = Extract<Operation, { type: `area.${string}` | `item.${string}` }>;

/**
 * Areas and items are ordered collections keyed by id (`doc/ordered.ts`): an edit finds its entry by
 * id wherever it has moved, and a move rewrites only the entry's position key, so an edit someone
 * makes to the moved entry at the same time is kept.
 */
export function applyAreaOperation(context: OpContext, op: AreaOperation): OperationOutcome {
  const areas = areaCollection(context, op.owner);
  switch (op.type) {
    case 'area.add': {
      const id = checkNewId(op.id, (candidate) => areas.has(candidate)) ?? newId('a');
      const title = checkShortText(op.title, 'title');
      const key = keyAt(orderedEntries(areas), op.index);
      areas.set(id, buildArea({ id, title, items: [] }, key));
      return { id };
    }
    case 'area.update':
      areaNode(areas, op.areaId).set('title', checkShortText(op.title, 'title'));
      return {};
    case 'area.move':
      move(areas, areaNode(areas, op.areaId), op.areaId, op.index);
      return {};
    case 'area.delete':
      areaNode(areas, op.areaId);
      areas.delete(op.areaId);
      return {};
  }
  const items = itemCollection(areaNode(areas, op.areaId));
  switch (op.type) {
    case 'item.add': {
      const id = checkNewId(op.id, (candidate) => items.has(candidate)) ?? newId('i');
      const patch = {
        text: op.text,
        cadence: op.cadence ?? null,
        time: op.time ?? null,
        recipient: op.recipient ?? null,
      };
      checkItem(context, patch);
      items.set(id, buildItem({ id, ...patch }, keyAt(orderedEntries(items), op.index)));
      return { id };
    }
    case 'item.update': {
      const node = itemNode(items, op.itemId);
      checkItem(context, op.patch);
      writeItem(node, op.patch);
      return {};
    }
    case 'item.move':
      move(items, itemNode(items, op.itemId), op.itemId, op.index);
      return {};
    case 'item.delete':
      itemNode(items, op.itemId);
      items.delete(op.itemId);
      return {};
  }
}

/** The owner's areas, migrated first if this doc still holds the schema 1 array. */
function areaCollection(context: OpContext, owner: Owner): Y.Map<unknown> {
  const node =
    owner.kind === 'role' ? roleNode(context, owner.id, 'owner.id') : unitNode(context, owner.id, 'owner.id');
  return migrateAreas(node, owner.id);
}

function itemCollection(area: Y.Map<unknown>): Y.Map<unknown> {
  const items = area.get('items');
  if (items instanceof Y.Map) return items as Y.Map<unknown>;
  const created = new Y.Map<unknown>();
  area.set('items', created);
  return created;
}

function areaNode(areas: Y.Map<unknown>, id: string): Y.Map<unknown> {
  const node = areas.get(id);
  return node instanceof Y.Map ? (node as Y.Map<unknown>) : refuse(refusals.unknownArea(id));
}

function itemNode(items: Y.Map<unknown>, id: string): Y.Map<unknown> {
  const node = items.get(id);
  return node instanceof Y.Map ? (node as Y.Map<unknown>) : refuse(refusals.unknownItem(id));
}

/** Places an entry at `index` of the list as it reads without it; only its key changes. */
export function move(collection: Y.Map<unknown>, node: Y.Map<unknown>, id: string, index: number): void {
  const all = orderedEntries(collection);
  const from = all.findIndex((entry) => entry.id === id);
  const others: OrderedEntry[] = all.filter((entry) => entry.id !== id);
  const target = clampIndex(index, others.length);
  if (target === from) return;
  node.set(POSITION, keyAt(others, target));
}

function checkItem(context: OpContext, patch: ItemPatch): void {
  if (patch.text !== undefined) checkLongText(patch.text, 'text');
  if (patch.cadence !== undefined && patch.cadence !== null)
    checkEnum(patch.cadence, ENUMS.cadence, 'cadence');
  if (patch.time !== undefined && patch.time !== null) checkShortText(patch.time, 'time');
  // A result goes to a role (上报给运营经理) or to a whole unit (反馈到公司客服部).
  const recipient = patch.recipient;
  if (
    recipient !== undefined &&
    recipient !== null &&
    nodeOf(context.roles, recipient) === undefined &&
    nodeOf(context.units, recipient) === undefined
  )
    refuse(refusals.unknownRecipient(recipient));
}

function writeItem(node: Y.Map<unknown>, patch: ItemPatch): void {
  if (patch.text !== undefined) setText(node, 'text', patch.text);
  if (patch.cadence !== undefined) node.set('cadence', patch.cadence);
  if (patch.time !== undefined) node.set('time', patch.time);
  if (patch.recipient !== undefined) node.set('recipient', patch.recipient);
}
