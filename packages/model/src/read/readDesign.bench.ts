import * as Y from 'yjs';
import { bench, describe } from 'vitest';
import { writeDesign } from '../doc/writeDesign.js';
import { generateOrg } from '../generate/generateOrg.js';
import { applyOperation } from '../ops/apply.js';
import { localOrigin } from '../ops/origin.js';
import { readDesign } from './readDesign.js';

// Goal: re-deriving a 2 000-role design after an edit stays well under one animation frame budget
// of a keystroke (target < 50 ms on the CI machine).
const origin = localOrigin('bench');
for (const size of [500, 2000]) {
  describe(`${size} roles`, () => {
    const doc = new Y.Doc();
    writeDesign(doc, generateOrg({ roles: size, seed: 1 }), origin);
    let counter = 0;
    bench('edit a title, then read the design', () => {
      applyOperation(
        doc,
        { type: 'role.update', id: 'r1', patch: { title: `运营经理${counter++}` } },
        origin,
      );
      readDesign(doc);
    });
    bench('move a role, then read the design', () => {
      const target = counter++ % 2 === 0 ? 'r2' : 'r3';
      applyOperation(doc, { type: 'role.move', id: `r${size - 1}`, reportsTo: target }, origin);
      readDesign(doc);
    });
  });
}
