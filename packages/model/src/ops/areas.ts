import * as Y from 'yjs';
import { buildArea, buildItem } from '../doc/build.js';
import { nodeOf } from '../doc/schema.js';
import { newId } from '../ids.js';
import { readCadence, readLongText, readNullableString, readString } from '../read/tolerant.js';
import type { ResponsibilityArea, WorkItem } from '../types.js';
import { type OpContext, roleNode, unitNode } from './context.js';
import type { ItemPatch, Operation, OperationOutcome, Owner } from './operations.js';
import { ENUMS, checkEnum, checkLongText, checkNewId, checkShortText, refuse, refusals } from './refusals.js';
import { setText } from './text.js';

type AreaOperation = Extract<Operation, { type: `area.${string}` | `item.${string}` }>;

export function applyAreaOperation(context: OpContext, op: AreaOperation): OperationOutcome {
  const areas = areaList(context, op.owner);
  switch (op.type) {
    case 'area.add': {
      const id = checkNewId(op.id, (candidate) => findIndex(areas, candidate) >= 0) ?? newId('a');
      const area: ResponsibilityArea = { id, title: checkShortText(op.title, 'title'), items: [] };
      areas.insert(clampIndex(op.index, areas.length), [buildArea(area)]);
      return { id };
    }
    case 'area.update':
      areaNode(areas, op.areaId).set('title', checkShortText(op.title, 'title'));
      return {};
    case 'area.move':
      moveEntry(areas, findExisting(areas, op.areaId, 'area'), op.index, (node) =>
        buildArea(plainArea(node)),
      );
      return {};
    case 'area.delete':
      areas.delete(findExisting(areas, op.areaId, 'area'));
      return {};
  }
  const items = itemList(areaNode(areas, op.areaId));
  switch (op.type) {
    case 'item.add': {
      const id = checkNewId(op.id, (candidate) => findIndex(items, candidate) >= 0) ?? newId('i');
      const patch = {
        text: op.text,
        cadence: op.cadence ?? null,
        time: op.time ?? null,
        recipient: op.recipient ?? null,
      };
      checkItem(context, patch);
      items.insert(clampIndex(op.index, items.length), [buildItem({ id, ...patch })]);
      return { id };
    }
    case 'item.update': {
      const node = items.get(findExisting(items, op.itemId, 'item'));
      checkItem(context, op.patch);
      writeItem(node, op.patch);
      return {};
    }
    case 'item.move':
      moveEntry(items, findExisting(items, op.itemId, 'item'), op.index, (node) =>
        buildItem(plainItem(node)),
      );
      return {};
    case 'item.delete':
      items.delete(findExisting(items, op.itemId, 'item'));
      return {};
  }
}

/** The owner's list of areas, created when a buggy writer left something else in its place. */
function areaList(context: OpContext, owner: Owner): Y.Array<Y.Map<unknown>> {
  const node =
    owner.kind === 'role' ? roleNode(context, owner.id, 'owner.id') : unitNode(context, owner.id, 'owner.id');
  const list = node.get('responsibilities');
  if (list instanceof Y.Array) return list as Y.Array<Y.Map<unknown>>;
  const created = new Y.Array<Y.Map<unknown>>();
  node.set('responsibilities', created);
  return created;
}

function itemList(area: Y.Map<unknown>): Y.Array<Y.Map<unknown>> {
  const list = area.get('items');
  if (list instanceof Y.Array) return list as Y.Array<Y.Map<unknown>>;
  const created = new Y.Array<Y.Map<unknown>>();
  area.set('items', created);
  return created;
}

function findIndex(list: Y.Array<Y.Map<unknown>>, id: string): number {
  let found = -1;
  list.forEach((entry, index) => {
    if (found < 0 && entry instanceof Y.Map && entry.get('id') === id) found = index;
  });
  return found;
}

function findExisting(list: Y.Array<Y.Map<unknown>>, id: string, what: 'area' | 'item'): number {
  const index = findIndex(list, id);
  if (index < 0) refuse(what === 'area' ? refusals.unknownArea(id) : refusals.unknownItem(id));
  return index;
}

function areaNode(areas: Y.Array<Y.Map<unknown>>, id: string): Y.Map<unknown> {
  return areas.get(findExisting(areas, id, 'area'));
}

function clampIndex(index: number | undefined, length: number): number {
  return index === undefined ? length : Math.max(0, Math.min(Math.trunc(index), length));
}

/**
 * Yjs arrays have no move: the entry is re-inserted as a copy. A concurrent edit to the moved entry
 * is lost, which is the documented trade-off for keeping the list order exact.
 */
function moveEntry(
  list: Y.Array<Y.Map<unknown>>,
  from: number,
  to: number,
  copy: (node: Y.Map<unknown>) => Y.Map<unknown>,
): void {
  const target = clampIndex(to, list.length - 1);
  if (target === from) return;
  const clone = copy(list.get(from));
  list.delete(from);
  list.insert(target, [clone]);
}

function plainItem(node: Y.Map<unknown>): WorkItem {
  return {
    id: readString(node.get('id')),
    text: readLongText(node.get('text')),
    cadence: readCadence(node.get('cadence')),
    time: readNullableString(node.get('time')),
    recipient: readNullableString(node.get('recipient')),
  };
}

function plainArea(node: Y.Map<unknown>): ResponsibilityArea {
  const items = node.get('items');
  return {
    id: readString(node.get('id')),
    title: readString(node.get('title')),
    items:
      items instanceof Y.Array
        ? items
            .toArray()
            .filter((entry) => entry instanceof Y.Map)
            .map(plainItem)
        : [],
  };
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
