import * as Y from 'yjs';
import { must, smallOrg } from '../test/fixtures.js';

/** Test support: a fork of a scenario, as the server makes one (every id kept). */
export function fork(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

/** A fork of smallOrg with one of nearly every kind of difference. */
export function editedFork(): { a: Y.Doc; b: Y.Doc } {
  const a = smallOrg();
  must(a, { type: 'area.add', owner: { kind: 'role', id: 'os' }, id: 'daily', title: '日常运营' });
  must(a, {
    type: 'item.add',
    owner: { kind: 'role', id: 'os' },
    areaId: 'daily',
    id: 'orders',
    text: '整理订单',
    cadence: 'daily',
  });
  must(a, { type: 'note.add', id: 'plan', kind: 'plan', title: '近期计划', text: '招聘' });
  const b = fork(a);
  must(b, { type: 'unit.create', id: 'svc', name: '客服部', parentId: 'company' });
  must(b, { type: 'unit.update', id: 'ops', patch: { name: '运营中心', performanceCoefficient: 1.2 } });
  must(b, { type: 'role.create', id: 'lead', title: '客服主管', reportsTo: 'gm', unitId: 'svc' });
  must(b, { type: 'role.move', id: 'cs', reportsTo: 'lead' });
  must(b, { type: 'role.update', id: 'cs', patch: { unitId: 'svc', headcount: 3 } });
  must(b, {
    type: 'role.update',
    id: 'os',
    patch: { title: '店铺运营', pay: { base: 5000 }, purpose: '管店铺' },
  });
  must(b, {
    type: 'item.update',
    owner: { kind: 'role', id: 'os' },
    areaId: 'daily',
    itemId: 'orders',
    patch: { cadence: 'weekly', recipient: 'gm' },
  });
  must(b, { type: 'role.addDottedLine', id: 'fin', to: 'lead' });
  must(b, { type: 'role.delete', id: 'om' });
  must(b, { type: 'note.update', id: 'plan', patch: { text: '招聘两名客服' } });
  return { a, b };
}
