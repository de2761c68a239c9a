import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Design } from '../types.js';
import { createLayoutEngine } from './engines.js';
import { rectsOverlap } from './geometry.js';
import { layoutInput } from './input.js';
import { type RoleSpec, testDesign } from './testDesign.js';
import type { BranchStyle, LayoutDirection, LayoutResult, Rect } from './types.js';

const inside = (inner: Rect, outer: Rect): boolean =>
  inner.x >= outer.x - 0.01 &&
  inner.y >= outer.y - 0.01 &&
  inner.x + inner.width <= outer.x + outer.width + 0.01 &&
  inner.y + inner.height <= outer.y + outer.height + 0.01;

/** Frames must only nest, no card may straddle a frame's border, and no two cards may overlap. */
function expectTidyGeometry(result: LayoutResult): void {
  const frames = result.units.filter((u) => u.kind === 'frame');
  const cards: Rect[] = [...result.nodes, ...result.units.filter((u) => u.kind === 'card')];
  for (let i = 0; i < cards.length; i++)
    for (let j = i + 1; j < cards.length; j++)
      expect(rectsOverlap(cards[i]!, cards[j]!), `cards ${i} and ${j} overlap`).toBe(false);
  for (let i = 0; i < frames.length; i++) {
    for (let j = i + 1; j < frames.length; j++) {
      const a = frames[i]!;
      const b = frames[j]!;
      const ok = !rectsOverlap(a, b) || inside(a, b) || inside(b, a);
      expect(ok, `frames of ${a.unitId} and ${b.unitId} cross`).toBe(true);
    }
    for (const card of cards) {
      const ok = !rectsOverlap(card, frames[i]!) || inside(card, frames[i]!);
      expect(ok, `a card straddles the frame of ${frames[i]!.unitId}`).toBe(true);
    }
  }
}

function expectFramesHoldTheirRoles(design: Design, result: LayoutResult): void {
  const unitOf = new Map(design.roles.map((r) => [r.id, r.unitId]));
  for (const node of result.nodes) {
    const unitId = unitOf.get(node.id);
    if (!unitId) continue;
    const held = result.units.some((u) => u.kind === 'frame' && u.unitId === unitId && inside(node, u));
    expect(held, `${node.id} is inside a frame of ${unitId}`).toBe(true);
  }
}

/** A company unit with departments and a nested team; the CEO's reports alternate departments. */
function departments(): Design {
  const specs: RoleSpec[] = [{ id: 'ceo', unitId: 'co' }];
  for (let i = 0; i < 6; i++) {
    const unitId = `d${i % 3}`;
    specs.push({ id: `m${i}`, parent: 'ceo', unitId });
    for (let j = 0; j < 3; j++)
      specs.push({ id: `m${i}-${j}`, parent: `m${i}`, unitId: j === 2 ? 'team' : unitId });
  }
  return testDesign(specs, [
    { id: 'co' },
    { id: 'd0', parentId: 'co' },
    { id: 'd1', parentId: 'co' },
    { id: 'd2', parentId: 'co' },
    { id: 'team', parentId: 'd0' },
    { id: 'empty', parentId: 'co' },
  ]);
}

describe('unit frames and unit cards', () => {
  for (const direction of ['down', 'right'] as const) {
    it(`frames every unit's roles, frames only nest and cut through no card (${direction})`, async () => {
      const design = departments();
      const result = await createLayoutEngine('tidy').layout(
        layoutInput(design, new Set(), { direction, branchStyle: { m1: 'condensed', m2: 'stacked' } }),
      );
      expectTidyGeometry(result);
      expectFramesHoldTheirRoles(design, result);
      // The company frame holds every department frame: nested units nest on the chart.
      const company = result.units.find((u) => u.unitId === 'co' && u.kind === 'frame')!;
      for (const u of result.units) if (u !== company) expect(inside(u, company), u.unitId).toBe(true);
      expect(company.depth).toBe(0);
      const team = result.units.filter((u) => u.unitId === 'team');
      expect(team.every((t) => t.depth >= 2)).toBe(true);
    });
  }

  it('frames each unit with the ELK engine too', async () => {
    const design = departments();
    const result = await createLayoutEngine('elk').layout(layoutInput(design, new Set()));
    expectFramesHoldTheirRoles(design, result);
    expect(result.units.filter((u) => u.kind === 'card').map((u) => u.unitId)).toEqual(['empty']);
    expect(result.unitEdges.map((e) => [e.from, e.to])).toEqual([['ceo', 'empty']]);
  });

  it('gives a unit without roles a card below the first role of its parent unit', async () => {
    const result = await createLayoutEngine('tidy').layout(layoutInput(departments(), new Set()));
    const card = result.units.find((u) => u.kind === 'card')!;
    expect(card.unitId).toBe('empty');
    const ceo = result.nodes.find((n) => n.id === 'ceo')!;
    expect(card.y).toBeGreaterThan(ceo.y + ceo.height);
    const line = result.unitEdges.find((e) => e.to === 'empty')!;
    expect(line.from).toBe('ceo');
    expect(line.fromUnit).toBe(false);
    expect(line.points[0]!.y).toBe(ceo.y + ceo.height);
  });

  it('reads a design with units only as a department chart', async () => {
    const design = testDesign(
      [],
      [
        { id: 'co', name: '电商公司' },
        { id: 'ops', parentId: 'co' },
        { id: 'cs', parentId: 'co' },
        { id: 'wh', parentId: 'co' },
        { id: 'wh-a', parentId: 'wh' },
      ],
    );
    for (const name of ['tidy', 'elk'] as const) {
      const result = await createLayoutEngine(name).layout(layoutInput(design, new Set()));
      expect(result.nodes).toEqual([]);
      const cards = new Map(result.units.map((u) => [u.unitId, u]));
      expect([...cards.keys()].sort()).toEqual(['co', 'cs', 'ops', 'wh', 'wh-a']);
      expect(result.units.every((u) => u.kind === 'card')).toBe(true);
      const co = cards.get('co')!;
      for (const id of ['ops', 'cs', 'wh']) expect(cards.get(id)!.y, name).toBeGreaterThan(co.y + co.height);
      expect(cards.get('wh-a')!.y).toBeGreaterThan(cards.get('wh')!.y + cards.get('wh')!.height);
      // Departments in their order, left to right.
      expect(cards.get('ops')!.x).toBeLessThan(cards.get('cs')!.x);
      expect(cards.get('cs')!.x).toBeLessThan(cards.get('wh')!.x);
      expect(result.unitEdges.map((e) => `${e.from}->${e.to}`).sort()).toEqual([
        'co->cs',
        'co->ops',
        'co->wh',
        'wh->wh-a',
      ]);
      expect(result.unitEdges.every((e) => e.fromUnit)).toBe(true);
      expect(cards.get('wh-a')!.depth).toBe(2);
    }
  });

  it('leaves out the frames and unit cards of units whose roles are all collapsed away', async () => {
    const design = departments();
    const result = await createLayoutEngine('tidy').layout(layoutInput(design, new Set(['ceo'])));
    expect(result.units.map((u) => u.unitId)).toEqual(['co']);
  });

  it('keeps every card apart and every frame nested in random designs (seeded; fast-check prints the seed)', () => {
    const engine = createLayoutEngine('tidy');
    const styles: readonly BranchStyle[] = ['wide', 'stacked', 'condensed'];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(), fc.nat(4), fc.boolean(), fc.nat(2)), { minLength: 1, maxLength: 40 }),
        fc.constantFrom<LayoutDirection>('down', 'right'),
        (rows, direction) => {
          const specs: RoleSpec[] = rows.map(([parent, unit, assistant], i) => ({
            id: `n${i}`,
            parent: i === 0 || parent % 7 === 0 ? null : `n${parent % i}`,
            unitId: unit === 4 ? null : `u${unit}`,
            assistant,
          }));
          const units = [
            { id: 'u0' },
            { id: 'u1', parentId: 'u0' },
            { id: 'u2', parentId: 'u0' },
            { id: 'u3', parentId: 'u1' },
            { id: 'u5', parentId: 'u2' },
          ];
          const design = testDesign(specs, units);
          const branchStyle = Object.fromEntries(rows.map(([, , , s], i) => [`n${i}`, styles[s]!]));
          const result = (
            engine as ReturnType<typeof createLayoutEngine> & {
              layoutSync: (i: ReturnType<typeof layoutInput>) => LayoutResult;
            }
          ).layoutSync(layoutInput(design, new Set(), { direction, branchStyle }));
          expect(result.nodes).toHaveLength(design.roles.length);
          expectTidyGeometry(result);
          expectFramesHoldTheirRoles(design, result);
        },
      ),
      { numRuns: 60 },
    );
  });
});
