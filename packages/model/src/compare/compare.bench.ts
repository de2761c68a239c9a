import * as Y from 'yjs';
import { bench, describe } from 'vitest';
import { writeDesign } from '../doc/writeDesign.js';
import { applyChanges } from '../diff/apply.js';
import { diff } from '../diff/diff.js';
import { generateOrg } from '../generate/generateOrg.js';
import { localOrigin } from '../ops/origin.js';
import { readDesign } from '../read/readDesign.js';
import type { Design } from '../types.js';
import { compare } from './compare.js';

// Goals: the compare view recomputes on every edit either side receives, so compare() of two
// 2 000-role scenarios stays under 50 ms on CI. Carrying 40 changes (of 20 roles) over, including
// loading the doc, stays under 3 s: each operation re-assembles the whole design (measured 1.8 to
// 3.7 s on the shared two-core machine, from 14 s before reads inside a transaction reused the memo
// and one role's field changes became one operation).
const origin = localOrigin('bench');
const a = generateOrg({ roles: 2000, seed: 1 });
const b: Design = {
  ...a,
  roles: a.roles.map((role, index) =>
    index % 50 === 7 ? { ...role, headcount: role.headcount + 1, title: `${role.title}（调整）` } : role,
  ),
};

describe('compare 2 000 roles', () => {
  bench('compare(a, b)', () => {
    compare(a, b);
  });
  bench('applyChanges of 40 changes into a fresh doc', () => {
    const doc = new Y.Doc();
    writeDesign(doc, a, origin);
    applyChanges(doc, diff(readDesign(doc), b), 'all', origin);
  });
});
