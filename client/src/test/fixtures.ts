import * as Y from 'yjs';
import { type Design, type Operation, applyOperation, localOrigin, readDesign } from '@orgcanvas/model';

const setup = localOrigin('fixture');

function must(doc: Y.Doc, op: Operation): string {
  const result = applyOperation(doc, op, setup);
  if (!result.ok) throw new Error(result.error.message);
  return result.value.id ?? '';
}

/**
 * A small org used across client tests:
 *   CEO
 *   ├─ COO (unit Operations)
 *   │   ├─ Ops Manager (duty "日报 daily report")
 *   │   └─ Analyst
 *   └─ CFO
 *       └─ Accountant
 *   Advisor (a second root)
 */
export function sampleDoc(): Y.Doc {
  const doc = new Y.Doc();
  must(doc, { type: 'design.rename', name: 'Sample' });
  must(doc, { type: 'unit.create', id: 'u-ops', name: 'Operations' });
  must(doc, { type: 'role.create', id: 'ceo', title: 'CEO' });
  must(doc, { type: 'role.create', id: 'coo', title: 'COO', reportsTo: 'ceo', unitId: 'u-ops' });
  must(doc, { type: 'role.create', id: 'cfo', title: 'CFO', reportsTo: 'ceo' });
  must(doc, { type: 'role.create', id: 'opsm', title: 'Ops Manager', reportsTo: 'coo' });
  must(doc, { type: 'role.create', id: 'analyst', title: 'Analyst', reportsTo: 'coo' });
  must(doc, { type: 'role.create', id: 'acct', title: 'Accountant', reportsTo: 'cfo' });
  must(doc, { type: 'role.create', id: 'advisor', title: 'Advisor' });
  const area = must(doc, { type: 'area.add', owner: { kind: 'role', id: 'opsm' }, title: '运营' });
  must(doc, {
    type: 'item.add',
    owner: { kind: 'role', id: 'opsm' },
    areaId: area,
    text: '每天提交日报 daily report',
    cadence: 'daily',
  });
  return doc;
}

export function sampleDesign(): Design {
  return readDesign(sampleDoc());
}
