import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateOrg } from '../generate/generateOrg.js';
import type { Design, Role } from '../types.js';
import { layoutInput } from './input.js';
import { type RoleSpec, testDesign } from './testDesign.js';
import { TidyLayoutEngine } from './tidy.js';
import type { BranchStyle } from './types.js';

function specsOf(design: Design): RoleSpec[] {
  return design.roles.map((r: Role) => ({
    id: r.id,
    parent: r.reportsTo,
    assistant: r.assistant,
    unitId: r.unitId,
  }));
}

describe('tidy layout, incremental', () => {
  it('hands out the very same card objects when nothing changed', () => {
    const design = generateOrg({ roles: 300, seed: 3 });
    const engine = new TidyLayoutEngine();
    const a = engine.layoutSync(layoutInput(design, new Set()));
    const b = engine.layoutSync(layoutInput(design, new Set()));
    expect(b.nodes).toHaveLength(a.nodes.length);
    expect(b.nodes.every((n, i) => n === a.nodes[i])).toBe(true);
    expect(b.edges.every((e, i) => e === a.edges[i])).toBe(true);
  });

  it('keeps the branches before an edited one where they were, as the same objects', () => {
    const design = generateOrg({ roles: 300, seed: 3 });
    const engine = new TidyLayoutEngine();
    const before = engine.layoutSync(layoutInput(design, new Set()));
    const top = design.roles[0]!;
    const firstBranch = new Set<string>();
    const collect = (id: string): void => {
      firstBranch.add(id);
      for (const sub of design.roles.find((r) => r.id === id)!.subordinates) collect(sub);
    };
    collect(top.subordinates[0]!);
    // A new report under the last branch's manager.
    const last = top.subordinates[top.subordinates.length - 1]!;
    const edited = testDesign(
      [
        ...specsOf(design),
        { id: 'new', parent: last, unitId: design.roles.find((r) => r.id === last)!.unitId },
      ],
      design.units,
    );
    const after = engine.layoutSync(layoutInput(edited, new Set()));
    const was = new Map(before.nodes.map((n) => [n.id, n]));
    for (const n of after.nodes) if (firstBranch.has(n.id)) expect(n, n.id).toBe(was.get(n.id));
    expect(after.nodes.some((n) => n.id === 'new')).toBe(true);
  });

  it('lays out after any sequence of edits exactly as a fresh engine does (seeded; fast-check prints the seed)', () => {
    const styles: readonly BranchStyle[] = ['wide', 'stacked', 'condensed'];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(60), fc.nat(60), fc.nat(5)), { minLength: 1, maxLength: 12 }),
        fc.constantFrom('down' as const, 'right' as const),
        (edits, direction) => {
          let specs: RoleSpec[] = specsOf(generateOrg({ roles: 60, seed: 5 }));
          const units = generateOrg({ roles: 60, seed: 5 }).units;
          const branchStyle: Record<string, BranchStyle> = {};
          const collapsed = new Set<string>();
          const engine = new TidyLayoutEngine();
          for (const [a, b, kind] of edits) {
            const id = `r${a}`;
            const target = `r${b}`;
            const design = testDesign(specs, units);
            const isUnder = (x: string, y: string): boolean => {
              for (
                let cur: string | null = x;
                cur;
                cur = design.roles.find((r) => r.id === cur)?.reportsTo ?? null
              )
                if (cur === y) return true;
              return false;
            };
            if (kind === 0 && specs.some((s) => s.id === id) && !isUnder(target, id))
              specs = specs.map((s) => (s.id === id ? { ...s, parent: target } : s)); // move
            else if (kind === 1)
              specs = [...specs, { id: `x${specs.length}`, parent: target, assistant: b % 3 === 0 }];
            else if (kind === 2 && a > 0)
              specs = specs
                .filter((s) => s.id !== id)
                .map((s) => (s.parent === id ? { ...s, parent: null } : s));
            else if (kind === 3) branchStyle[id] = styles[b % 3]!;
            else if (kind === 4)
              specs = specs.map((s) => (s.id === id ? { ...s, unitId: `u${b % units.length}` } : s));
            else if (collapsed.has(id)) collapsed.delete(id);
            else collapsed.add(id);
            const input = layoutInput(testDesign(specs, units), collapsed, { direction, branchStyle });
            expect(engine.layoutSync(input)).toEqual(new TidyLayoutEngine().layoutSync(input));
          }
        },
      ),
      { numRuns: 25 },
    );
  });
});
