import * as Y from 'yjs';
import {
  buildAreas,
  buildCollaborators,
  buildDottedLines,
  buildPay,
  buildStringList,
  pointer,
} from '../doc/build.js';
import { nextStamp, readPointer } from '../doc/schema.js';
import { newId } from '../ids.js';
import { designIndex } from '../query/designIndex.js';
import { planDelete } from '../query/planDelete.js';
import { isAtOrAbove } from '../read/forest.js';
import { readOrder } from '../read/tolerant.js';
import type { Design, Role } from '../types.js';
import { EMPTY_PAY } from '../types.js';
import { type Result, ok } from '../result.js';
import { type OpContext, roleNode, siblingNodes, unitNode } from './context.js';
import type { Operation, OperationOutcome, RolePatch } from './operations.js';
import { writeWholeList } from './lists.js';
import { orderAt } from './order.js';
import {
  Refusal,
  checkAmount,
  checkHeadcount,
  checkLongText,
  checkNewId,
  checkShortText,
  checkTitle,
  refuse,
  refusals,
} from './refusals.js';
import { setText } from './text.js';

type RoleOperation = Extract<Operation, { type: `role.${string}` }>;

export function applyRoleOperation(context: OpContext, op: RoleOperation): OperationOutcome {
  switch (op.type) {
    case 'role.create':
      return createRole(context, op);
    case 'role.update':
      updateRole(context, op.id, op.patch);
      return {};
    case 'role.move':
      moveRole(context, op.id, op.reportsTo, op.index);
      return {};
    case 'role.reorder': {
      const role = findRole(context.design, op.id);
      moveRole(context, op.id, role.reportsTo, op.index);
      return {};
    }
    case 'role.delete':
      deleteRole(context, op.id);
      return {};
    case 'role.addDottedLine':
    case 'role.removeDottedLine':
      setDottedLine(context, op.id, op.to, op.type === 'role.addDottedLine');
      return {};
  }
}

/**
 * Whether `roleId` may report to `managerId`: refuses unknown roles, itself, and any role below it
 * (the move would make a cycle). The canvas asks this while a card is dragged.
 */
export function checkMove(design: Design, roleId: string, managerId: string | null): Result<void> {
  try {
    assertMovable(design, roleId, managerId);
    return ok(undefined);
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, error: error.error };
    throw error;
  }
}

function assertMovable(design: Design, roleId: string, managerId: string | null): void {
  const byId = designIndex(design).rolesById;
  const role = byId.get(roleId) ?? refuse(refusals.unknownRole(roleId));
  if (managerId === null) return;
  if (managerId === roleId) refuse(refusals.selfManager());
  const manager = byId.get(managerId) ?? refuse(refusals.unknownRole(managerId, 'reportsTo'));
  if (isAtOrAbove(roleId, managerId, (id) => byId.get(id)?.reportsTo)) {
    refuse(refusals.underOwnSubordinate(role.title, manager.title));
  }
}

function findRole(design: Design, id: string): Role {
  return designIndex(design).rolesById.get(id) ?? refuse(refusals.unknownRole(id));
}

function createRole(
  context: OpContext,
  op: Extract<RoleOperation, { type: 'role.create' }>,
): OperationOutcome {
  const id = checkNewId(op.id, (candidate) => context.roles.has(candidate)) ?? newId('r');
  const reportsTo = op.reportsTo ?? null;
  if (reportsTo !== null) findRole(context.design, reportsTo);
  const unitId = op.unitId === undefined ? inheritedUnit(context.design, reportsTo) : op.unitId;
  if (unitId !== null) unitNode(context, unitId, 'unitId');

  const node = new Y.Map<unknown>();
  node.set('title', checkTitle(op.title));
  node.set('unitId', unitId);
  node.set('reportsTo', pointer(reportsTo, nextStamp(context.doc), context.doc.clientID));
  node.set('order', orderAt(roleSiblings(context, reportsTo, null), op.index));
  node.set('headcount', 1);
  node.set('optional', false);
  node.set('assistant', false);
  node.set('purpose', new Y.Text());
  node.set('internalCollaborators', buildCollaborators([]));
  node.set('externalParties', buildStringList([]));
  node.set('responsibilities', buildAreas([]));
  node.set('additionalDuties', buildStringList([]));
  node.set('workingTime', '');
  node.set('pay', buildPay(EMPTY_PAY));
  node.set('noPay', false);
  node.set('dottedLines', buildDottedLines([]));
  node.set('notes', new Y.Text());
  context.roles.set(id, node);
  return { id };
}

/** A new subordinate joins its manager's unit unless told otherwise. */
function inheritedUnit(design: Design, managerId: string | null): string | null {
  return managerId === null ? null : (designIndex(design).rolesById.get(managerId)?.unitId ?? null);
}

function roleSiblings(context: OpContext, parentId: string | null, exclude: string | null): Y.Map<unknown>[] {
  return siblingNodes(
    context.roles,
    context.design.roles,
    (entry) => (entry as Role).reportsTo,
    parentId,
    exclude,
  );
}

/** Yjs cannot roll a transaction back, so every field is checked before the first write. */
function updateRole(context: OpContext, id: string, patch: RolePatch): void {
  const node = roleNode(context, id);
  if (patch.title !== undefined) checkTitle(patch.title);
  if (patch.unitId !== undefined && patch.unitId !== null) unitNode(context, patch.unitId, 'unitId');
  if (patch.headcount !== undefined) checkHeadcount(patch.headcount);
  if (patch.purpose !== undefined) checkLongText(patch.purpose, 'purpose');
  if (patch.notes !== undefined) checkLongText(patch.notes, 'notes');
  if (patch.workingTime !== undefined) checkShortText(patch.workingTime, 'workingTime');
  patch.externalParties?.forEach((party, index) => checkShortText(party, `externalParties[${index}]`));
  patch.additionalDuties?.forEach((duty, index) => checkShortText(duty, `additionalDuties[${index}]`));
  patch.internalCollaborators?.forEach((entry, index) => {
    const path = `internalCollaborators[${index}]`;
    if (entry.kind === 'unit') unitNode(context, entry.id, path);
    else if (entry.kind === 'role') roleNode(context, entry.id, path);
    else checkShortText(entry.text, path, true);
  });
  const payKeys = Object.keys(EMPTY_PAY) as (keyof typeof EMPTY_PAY)[];
  for (const key of payKeys) {
    const value = patch.pay?.[key];
    if (value !== undefined) checkAmount(value, `pay.${key}`);
  }

  if (patch.title !== undefined) node.set('title', patch.title);
  if (patch.unitId !== undefined) node.set('unitId', patch.unitId);
  if (patch.headcount !== undefined) node.set('headcount', patch.headcount);
  if (patch.optional !== undefined) node.set('optional', patch.optional === true);
  if (patch.assistant !== undefined) node.set('assistant', patch.assistant === true);
  if (patch.noPay !== undefined) node.set('noPay', patch.noPay === true);
  if (patch.purpose !== undefined) setText(node, 'purpose', patch.purpose);
  if (patch.notes !== undefined) setText(node, 'notes', patch.notes);
  if (patch.workingTime !== undefined) node.set('workingTime', patch.workingTime);
  if (patch.externalParties !== undefined)
    writeWholeList(context, node, 'externalParties', patch.externalParties);
  if (patch.additionalDuties !== undefined)
    writeWholeList(context, node, 'additionalDuties', patch.additionalDuties);
  if (patch.internalCollaborators !== undefined)
    writeWholeList(context, node, 'internalCollaborators', patch.internalCollaborators);
  if (patch.pay !== undefined) {
    let pay = node.get('pay');
    if (!(pay instanceof Y.Map)) {
      pay = buildPay(EMPTY_PAY);
      node.set('pay', pay);
    }
    for (const key of payKeys) {
      const value = patch.pay[key];
      if (value !== undefined) (pay as Y.Map<unknown>).set(key, value);
    }
  }
}

function moveRole(context: OpContext, id: string, reportsTo: string | null, index: number | undefined): void {
  assertMovable(context.design, id, reportsTo);
  const node = roleNode(context, id);
  const current = readPointer(node.get('reportsTo'));
  if (current.id !== reportsTo || findRole(context.design, id).reportsTo !== reportsTo) {
    node.set('reportsTo', pointer(reportsTo, nextStamp(context.doc), context.doc.clientID));
  }
  node.set('order', orderAt(roleSiblings(context, reportsTo, id), index));
}

/**
 * Deleting a role never loses its people: its direct subordinates move up to its manager (or become
 * top-level roles) and take its place in the sibling order, exactly as `planDelete` tells the user.
 */
function deleteRole(context: OpContext, id: string): void {
  const role = findRole(context.design, id);
  const [plan] = planDelete(context.design, [id]);
  const node = roleNode(context, id);
  const stamp = nextStamp(context.doc);
  const siblings = roleSiblings(context, role.reportsTo, null);
  const position = siblings.indexOf(node);
  const before =
    position > 0 ? readOrder(siblings[position - 1]!.get('order')) : readOrder(node.get('order')) - 1;
  const after = readOrder(node.get('order'));
  const moved = plan?.movedReports ?? [];
  const step = (after - before) / (moved.length + 1);
  moved.forEach((childId, childIndex) => {
    const child = roleNode(context, childId);
    child.set('reportsTo', pointer(plan?.newManagerId ?? null, stamp, context.doc.clientID));
    child.set('order', before + step * (childIndex + 1));
  });
  context.roles.delete(id);
}

function setDottedLine(context: OpContext, id: string, to: string, present: boolean): void {
  const node = roleNode(context, id);
  roleNode(context, to, 'to');
  if (present && id === to) {
    refuse(refusals.invalid('to', 'A role cannot have a dotted line to itself.', '岗位不能虚线汇报给自己。'));
  }
  let lines = node.get('dottedLines');
  if (!(lines instanceof Y.Map)) {
    lines = buildDottedLines([]);
    node.set('dottedLines', lines);
  }
  if (present) (lines as Y.Map<unknown>).set(to, true);
  else (lines as Y.Map<unknown>).delete(to);
}
