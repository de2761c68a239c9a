import * as Y from 'yjs';
import { buildAreas, pointer } from '../doc/build.js';
import { nextStamp } from '../doc/schema.js';
import { isAtOrAbove } from '../read/forest.js';
import { newId } from '../ids.js';
import { unitColour } from '../palette.js';
import { designIndex } from '../query/designIndex.js';
import { type Result, ok } from '../result.js';
import type { Design, Unit } from '../types.js';
import { type OpContext, siblingNodes, unitNode } from './context.js';
import type { Operation, OperationOutcome, UnitPatch } from './operations.js';
import { orderAt } from './order.js';
import {
  ENUMS,
  Refusal,
  checkAmount,
  checkColour,
  checkEnum,
  checkLongText,
  checkNewId,
  checkShortText,
  refuse,
  refusals,
} from './refusals.js';
import { setText } from './text.js';

type UnitOperation = Extract<Operation, { type: `unit.${string}` }>;

export function applyUnitOperation(context: OpContext, op: UnitOperation): OperationOutcome {
  switch (op.type) {
    case 'unit.create':
      return createUnit(context, op);
    case 'unit.update':
      updateUnit(context, op.id, op.patch);
      return {};
    case 'unit.move':
      moveUnit(context, op.id, op.parentId, op.index);
      return {};
    case 'unit.delete':
      deleteUnit(context, op.id);
      return {};
  }
}

/**
 * Whether unit `unitId` may go under `parentId` (null: top level): refuses unknown units and a place
 * inside the unit itself or one of its sub-units. The Units tab offers only the parents this accepts.
 */
export function checkUnitMove(design: Design, unitId: string, parentId: string | null): Result<void> {
  try {
    assertUnitMovable(design, unitId, parentId);
    return ok(undefined);
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, error: error.error };
    throw error;
  }
}

function assertUnitMovable(design: Design, unitId: string, parentId: string | null): void {
  const { unitsById } = designIndex(design);
  const unit = unitsById.get(unitId) ?? refuse(refusals.unknownUnit(unitId));
  if (parentId === null) return;
  if (!unitsById.has(parentId)) refuse(refusals.unknownUnit(parentId, 'parentId'));
  if (isAtOrAbove(unitId, parentId, (id) => unitsById.get(id)?.parentId))
    refuse(refusals.unitUnderItself(unit.name));
}

function findUnit(context: OpContext, id: string, path = 'id'): Unit {
  return designIndex(context.design).unitsById.get(id) ?? refuse(refusals.unknownUnit(id, path));
}

function unitSiblings(context: OpContext, parentId: string | null, exclude: string | null): Y.Map<unknown>[] {
  return siblingNodes(
    context.units,
    context.design.units,
    (entry) => (entry as Unit).parentId,
    parentId,
    exclude,
  );
}

function createUnit(
  context: OpContext,
  op: Extract<UnitOperation, { type: 'unit.create' }>,
): OperationOutcome {
  const id = checkNewId(op.id, (candidate) => context.units.has(candidate)) ?? newId('u');
  const parentId = op.parentId ?? null;
  if (parentId !== null) findUnit(context, parentId, 'parentId');
  const name = checkShortText(op.name, 'name', true);
  const kind = checkEnum(op.kind ?? 'department', ENUMS.unitKind, 'kind');
  const color = op.color === undefined ? unitColour(context.design.units.length) : checkColour(op.color);
  const node = new Y.Map<unknown>();
  node.set('name', name);
  node.set('parentId', pointer(parentId, nextStamp(context.doc), context.doc.clientID));
  node.set('order', orderAt(unitSiblings(context, parentId, null), op.index));
  node.set('kind', kind);
  node.set('color', color);
  node.set('performanceCoefficient', null);
  node.set('notes', new Y.Text());
  node.set('responsibilities', buildAreas([]));
  context.units.set(id, node);
  return { id };
}

function updateUnit(context: OpContext, id: string, patch: UnitPatch): void {
  const node = unitNode(context, id);
  if (patch.name !== undefined) checkShortText(patch.name, 'name', true);
  if (patch.kind !== undefined) checkEnum(patch.kind, ENUMS.unitKind, 'kind');
  const color = patch.color === undefined ? undefined : checkColour(patch.color);
  if (patch.performanceCoefficient !== undefined)
    checkAmount(patch.performanceCoefficient, 'performanceCoefficient');
  if (patch.notes !== undefined) checkLongText(patch.notes, 'notes');

  if (patch.name !== undefined) node.set('name', patch.name);
  if (patch.kind !== undefined) node.set('kind', patch.kind);
  if (color !== undefined) node.set('color', color);
  if (patch.performanceCoefficient !== undefined)
    node.set('performanceCoefficient', patch.performanceCoefficient);
  if (patch.notes !== undefined) setText(node, 'notes', patch.notes);
}

function moveUnit(context: OpContext, id: string, parentId: string | null, index: number | undefined): void {
  assertUnitMovable(context.design, id, parentId);
  const node = unitNode(context, id);
  node.set('parentId', pointer(parentId, nextStamp(context.doc), context.doc.clientID));
  node.set('order', orderAt(unitSiblings(context, parentId, id), index));
}

/**
 * Deleting a unit never deletes its roles: they move to the parent unit (or to no unit at the top),
 * and its sub-units move up to the parent too.
 */
function deleteUnit(context: OpContext, id: string): void {
  const unit = findUnit(context, id);
  const stamp = nextStamp(context.doc);
  for (const role of context.design.roles) {
    if (role.unitId === id) (context.roles.get(role.id) as Y.Map<unknown>).set('unitId', unit.parentId);
  }
  for (const child of context.design.units) {
    if (child.parentId === id)
      unitNode(context, child.id).set('parentId', pointer(unit.parentId, stamp, context.doc.clientID));
  }
  context.units.delete(id);
}
