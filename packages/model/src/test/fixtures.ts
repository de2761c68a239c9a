import * as Y from 'yjs';
import { type Operation, applyOperation } from '../ops/index.js';
import { localOrigin } from '../ops/origin.js';
import type { Result } from '../result.js';
import type { OperationOutcome } from '../ops/operations.js';

export const testOrigin = localOrigin('tester');

/** Applies an operation that must succeed, failing the test with the refusal's message otherwise. */
export function must(doc: Y.Doc, op: Operation, origin = testOrigin): OperationOutcome {
  const result = applyOperation(doc, op, origin);
  if (!result.ok) throw new Error(`${op.type} refused: ${result.error.message}`);
  return result.value;
}

export function attempt(doc: Y.Doc, op: Operation): Result<OperationOutcome> {
  return applyOperation(doc, op, testOrigin);
}

/**
 * 总经理 over 运营经理 (over 运营专员 and 客服专员) and 财务专员, in units 公司 > 运营部.
 */
export function smallOrg(doc = new Y.Doc()): Y.Doc {
  must(doc, { type: 'design.rename', name: '电商部' });
  must(doc, { type: 'unit.create', id: 'company', name: '公司', kind: 'company' });
  must(doc, { type: 'unit.create', id: 'ops', name: '运营部', parentId: 'company' });
  must(doc, { type: 'role.create', id: 'gm', title: '总经理', unitId: 'company' });
  must(doc, { type: 'role.create', id: 'om', title: '运营经理', reportsTo: 'gm', unitId: 'ops' });
  must(doc, { type: 'role.create', id: 'os', title: '运营专员', reportsTo: 'om' });
  must(doc, { type: 'role.create', id: 'cs', title: '客服专员', reportsTo: 'om' });
  must(doc, { type: 'role.create', id: 'fin', title: '财务专员', reportsTo: 'gm' });
  return doc;
}
