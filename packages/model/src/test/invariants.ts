import { expect } from 'vitest';
import { toJSONValue } from '../json/export.js';
import { parseDesign } from '../json/import.js';
import type { Design } from '../types.js';

/**
 * What every read design must be, whatever the doc held: ids unique, a forest of roles and of units
 * with consistent subordinates, no dangling reference, and a valid JSON v1 export.
 */
export function expectValidDesign(design: Design): void {
  const roleIds = new Set(design.roles.map((role) => role.id));
  const unitIds = new Set(design.units.map((unit) => unit.id));
  expect(roleIds.size).toBe(design.roles.length);
  expect(unitIds.size).toBe(design.units.length);
  expectForest(design.roles.map((role) => ({ id: role.id, parent: role.reportsTo })));
  expectForest(design.units.map((unit) => ({ id: unit.id, parent: unit.parentId })));
  for (const role of design.roles) {
    expect(
      design.roles
        .filter((other) => other.reportsTo === role.id)
        .map((other) => other.id)
        .sort(),
    ).toEqual([...role.subordinates].sort());
    if (role.unitId !== null) expect(unitIds.has(role.unitId)).toBe(true);
  }
  const parsed = parseDesign(toJSONValue(design));
  if (!parsed.ok)
    throw new Error(`read design does not export to valid JSON: ${JSON.stringify(parsed.error.slice(0, 3))}`);
  expect(parsed.value).toEqual(design);
}

function expectForest(nodes: readonly { id: string; parent: string | null }[]): void {
  const parents = new Map(nodes.map((node) => [node.id, node.parent]));
  for (const node of nodes) {
    let current: string | null = node.id;
    for (let steps = 0; current !== null; steps++) {
      if (steps > nodes.length) throw new Error(`cycle through ${node.id}`);
      const parent: string | null | undefined = parents.get(current);
      if (parent === undefined) throw new Error(`dangling parent ${current}`);
      current = parent;
    }
  }
}
