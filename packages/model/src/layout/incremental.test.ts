import fc from 'fast-check';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { writeDesign } from '../doc/writeDesign.js';
import { generateOrg } from '../generate/generateOrg.js';
import { applyOperation } from '../ops/apply.js';
import type { Operation } from '../ops/operations.js';
import { localOrigin } from '../ops/origin.js';
import { readDesign } from '../read/readDesign.js';
import type { Design } from '../types.js';
import { layoutInput } from './input.js';
import { type RoleSpec, testDesign } from './testDesign.js';
import { TidyLayoutEngine } from './tidy.js';
import type { BranchStyle, LayoutDirection, LayoutOptions } from './types.js';

const origin = localOrigin('test');
const STYLES: readonly BranchStyle[] = ['wide', 'stacked', 'condensed'];

/** One step of a user's session: an operation on the document, or a change of what is shown. */
type Step =
  | { readonly kind: 'op'; readonly pick: readonly [number, number, number] }
  | { readonly kind: 'collapse'; readonly role: number }
  | { readonly kind: 'style'; readonly role: number; readonly style: number }
  | { readonly kind: 'direction' };

/** An operation chosen by three numbers among the kinds that change a layout; refusals change nothing. */
function operation(design: Design, [a, b, c]: readonly [number, number, number]): Operation {
  const roles = design.roles;
  const role = roles[a % roles.length]!;
  const other = roles[b % roles.length]!;
  const units = design.units;
  const unit = units.length > 0 ? units[b % units.length]! : null;
  switch (c % 12) {
    case 0:
      return { type: 'role.move', id: role.id, reportsTo: other.id };
    case 1:
      return { type: 'role.create', title: 'new', reportsTo: other.id, index: a % 3 };
    case 2:
      return { type: 'role.delete', id: role.id };
    case 3:
      return { type: 'role.update', id: role.id, patch: { assistant: !role.assistant } };
    case 4:
      return { type: 'role.update', id: role.id, patch: { unitId: unit?.id ?? null } };
    case 5:
      return { type: 'role.reorder', id: role.id, index: b % 4 };
    case 6:
      return role.dottedLines.includes(other.id)
        ? { type: 'role.removeDottedLine', id: role.id, to: other.id }
        : { type: 'role.addDottedLine', id: role.id, to: other.id };
    case 7:
      // A unit without roles gets a unit card of its own.
      return { type: 'unit.create', name: 'unit', parentId: unit?.id ?? null };
    case 8:
      return unit ? { type: 'unit.delete', id: unit.id } : { type: 'unit.create', name: 'top' };
    case 9:
      return unit && units.length > 1
        ? { type: 'unit.move', id: unit.id, parentId: units[a % units.length]!.id }
        : { type: 'unit.create', name: 'unit' };
    case 10:
      return { type: 'role.update', id: role.id, patch: { title: `renamed ${a}` } };
    default:
      return { type: 'role.move', id: role.id, reportsTo: null };
  }
}

describe('tidy layout, incremental over real edits', () => {
  it('lays out after any sequence of edits, collapses, styles and directions exactly as a fresh engine does (seeded; fast-check prints the seed)', () => {
    const step: fc.Arbitrary<Step> = fc.oneof(
      {
        weight: 6,
        arbitrary: fc.tuple(fc.nat(), fc.nat(), fc.nat()).map((pick) => ({ kind: 'op', pick }) as const),
      },
      { weight: 2, arbitrary: fc.nat().map((role) => ({ kind: 'collapse', role }) as const) },
      {
        weight: 2,
        arbitrary: fc
          .tuple(fc.nat(), fc.nat())
          .map(([role, style]) => ({ kind: 'style', role, style }) as const),
      },
      { weight: 1, arbitrary: fc.constant({ kind: 'direction' } as const) },
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1000 }),
        fc.array(step, { minLength: 1, maxLength: 30 }),
        (seed, steps) => {
          const doc = new Y.Doc();
          writeDesign(doc, generateOrg({ roles: 80, seed }), origin);
          const engine = new TidyLayoutEngine();
          let collapsed: ReadonlySet<string> = new Set();
          let direction: LayoutDirection = 'down';
          let branchStyle: Record<string, BranchStyle> = {};
          let options: LayoutOptions = { direction, branchStyle };
          engine.layoutSync(layoutInput(readDesign(doc), collapsed, options));
          for (const s of steps) {
            const design = readDesign(doc);
            const role =
              design.roles[(s.kind === 'op' ? 0 : s.kind === 'direction' ? 0 : s.role) % design.roles.length];
            if (s.kind === 'op') applyOperation(doc, operation(design, s.pick), origin);
            else if (s.kind === 'collapse' && role) {
              const next = new Set(collapsed);
              if (next.has(role.id)) next.delete(role.id);
              else next.add(role.id);
              collapsed = next;
            } else if (s.kind === 'style' && role) {
              branchStyle = { ...branchStyle, [role.id]: STYLES[s.style % 3]! };
              options = { direction, branchStyle };
            } else if (s.kind === 'direction') {
              direction = direction === 'down' ? 'right' : 'down';
              options = { direction, branchStyle };
            }
            const now = readDesign(doc);
            const input = layoutInput(now, collapsed, options);
            // A copy shares no object with earlier reads, so it is derived from scratch.
            expect(input).toEqual(layoutInput(structuredClone(now), collapsed, options));
            expect(engine.layoutSync(input)).toEqual(new TidyLayoutEngine().layoutSync(input));
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('keeps the card objects of every branch an edit did not move', () => {
    const doc = new Y.Doc();
    writeDesign(doc, generateOrg({ roles: 400, seed: 7 }), origin);
    const engine = new TidyLayoutEngine();
    const before = engine.layoutSync(layoutInput(readDesign(doc), new Set()));
    const design = readDesign(doc);
    const top = design.roles[0]!;
    const last = top.subordinates[top.subordinates.length - 1]!;
    applyOperation(doc, { type: 'role.create', title: 'new', reportsTo: last }, origin);
    const after = engine.layoutSync(layoutInput(readDesign(doc), new Set()));
    const was = new Map(before.nodes.map((n) => [n.id, n]));
    const kept = after.nodes.filter((n) => was.get(n.id) === n).length;
    // Only the new card, its manager's row and the cards above them may be new objects.
    expect(kept).toBeGreaterThan(before.nodes.length * 0.9);
    expect(after).toEqual(new TidyLayoutEngine().layoutSync(layoutInput(readDesign(doc), new Set())));
  });

  it('moves a unit card when another role becomes the first of its parent unit, though no branch around it changed', () => {
    const units = [{ id: 'x' }, { id: 'u' }, { id: 'card', parentId: 'u' }];
    // The card hangs below the first role of unit u: h at first, then g, which comes earlier.
    const specs = (gUnit: string): RoleSpec[] => [
      { id: 'top', unitId: 'x' },
      { id: 'b', parent: 'top', unitId: 'x' },
      { id: 'g', parent: 'b', unitId: gUnit },
      { id: 'a', parent: 'top', unitId: 'x' },
      { id: 'h', parent: 'a', unitId: 'u' },
    ];
    const engine = new TidyLayoutEngine();
    engine.layoutSync(layoutInput(testDesign(specs('x'), units), new Set()));
    const input = layoutInput(testDesign(specs('u'), units), new Set());
    const result = engine.layoutSync(input);
    expect(result.units.filter((b) => b.kind === 'card')).toHaveLength(1);
    expect(result).toEqual(new TidyLayoutEngine().layoutSync(input));
  });

  it('gives a branch that did not move the frame depth of its new surroundings', () => {
    const units = [{ id: 'u1' }, { id: 'u2' }, { id: 'u3' }];
    const specs = (qUnit: string): RoleSpec[] => [
      { id: 'p', unitId: 'u1' },
      { id: 'q', parent: 'p', unitId: qUnit },
      { id: 'x', parent: 'q', unitId: 'u2' },
      { id: 'y', parent: 'x', unitId: 'u2' },
      { id: 'z', parent: 'x', unitId: 'u2' },
      // So that u3 has roles before and after, and only the frames around x change.
      { id: 'w', parent: 'p', unitId: 'u3' },
    ];
    const engine = new TidyLayoutEngine();
    engine.layoutSync(layoutInput(testDesign(specs('u1'), units), new Set()));
    const input = layoutInput(testDesign(specs('u3'), units), new Set());
    expect(engine.layoutSync(input)).toEqual(new TidyLayoutEngine().layoutSync(input));
  });
});
