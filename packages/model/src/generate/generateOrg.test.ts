import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { writeDesign } from '../doc/writeDesign.js';
import { readDesign } from '../read/readDesign.js';
import { expectValidDesign } from '../test/invariants.js';
import { testOrigin } from '../test/fixtures.js';
import { generateOrg } from './generateOrg.js';

describe('generateOrg', () => {
  it('builds the requested size with spans and depth in bounds, the same for the same seed', () => {
    const design = generateOrg({ roles: 500, seed: 3, minSpan: 2, maxSpan: 12, maxDepth: 8 });
    expect(design.roles).toHaveLength(500);
    expectValidDesign(design);
    const managers = design.roles.filter((role) => role.subordinates.length > 0);
    expect(Math.max(...managers.map((role) => role.subordinates.length))).toBeLessThanOrEqual(12);
    const depth = (id: string | null): number =>
      id === null ? 0 : 1 + depth(design.roles.find((role) => role.id === id)!.reportsTo);
    expect(Math.max(...design.roles.map((role) => depth(role.id)))).toBeLessThanOrEqual(8);
    expect(generateOrg({ roles: 500, seed: 3 })).toEqual(generateOrg({ roles: 500, seed: 3 }));
    expect(generateOrg({ roles: 500, seed: 4 })).not.toEqual(design);
  });

  it('reads back from a Y.Doc exactly as generated', () => {
    const design = generateOrg({ roles: 120, seed: 9 });
    const doc = new Y.Doc();
    writeDesign(doc, design, testOrigin);
    expect(readDesign(doc)).toEqual(design);
  });
});
