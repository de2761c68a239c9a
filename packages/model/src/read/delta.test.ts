import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { writeDesign } from '../doc/writeDesign.js';
import { generateOrg } from '../generate/generateOrg.js';
import { seededRandom } from '../generate/random.js';
import { applyOperation } from '../ops/apply.js';
import type { Operation } from '../ops/operations.js';
import { testOrigin } from '../test/fixtures.js';
import { rolesChangedSince } from './delta.js';
import { readDesign } from './readDesign.js';

describe('rolesChangedSince', () => {
  it('names every role that is not the same object as before, after each of many random edits', () => {
    const doc = new Y.Doc();
    writeDesign(doc, generateOrg({ roles: 300, seed: 4 }), testOrigin);
    const random = seededRandom(11);
    const any = (ids: readonly string[]) => ids[Math.floor(random() * ids.length)]!;
    let before = readDesign(doc);
    let followed = 0;
    for (let step = 0; step < 300; step++) {
      const ids = before.roles.map((role) => role.id);
      const kind = step % 5;
      const op: Operation =
        kind === 0
          ? { type: 'role.update', id: any(ids), patch: { title: `岗位${step}` } }
          : kind === 1
            ? { type: 'role.move', id: any(ids), reportsTo: any(ids) }
            : kind === 2
              ? { type: 'role.create', id: `n${step}`, title: `新${step}`, reportsTo: any(ids) }
              : kind === 3
                ? { type: 'role.delete', id: any(ids) }
                : { type: 'role.reorder', id: any(ids), index: 0 };
      applyOperation(doc, op, testOrigin);
      const after = readDesign(doc);
      const changed = new Set(rolesChangedSince(before.roles, after));
      if (changed.size < after.roles.length / 2) followed++;
      const old = new Map(before.roles.map((role) => [role.id, role]));
      for (const role of after.roles) if (old.get(role.id) !== role) expect(changed).toContain(role);
      before = after;
    }
    // Most edits touch a few roles, and then only those are named.
    expect(followed).toBeGreaterThan(250);
  });

  it('names nothing for the same list', () => {
    const design = readDesign(new Y.Doc());
    expect(rolesChangedSince(design.roles, design)).toEqual([]);
  });
});
