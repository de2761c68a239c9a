import { describe, expect, it } from 'vitest';
import type { Design } from '../types.js';
import { createLayoutEngine } from './engines.js';
import { rectsOverlap } from './geometry.js';
import { layoutInput, layoutKey } from './input.js';
import { sampleDesign, testDesign } from './testDesign.js';
import type {
  BranchStyle,
  LayoutDirection,
  LayoutEngine,
  LayoutEngineName,
  LayoutNode,
  LayoutResult,
} from './types.js';

function runWith(
  engine: LayoutEngine,
  design: Design,
  opts: { direction?: LayoutDirection; styles?: Record<string, BranchStyle>; collapsed?: string[] } = {},
): Promise<LayoutResult> {
  return engine.layout(
    layoutInput(design, new Set(opts.collapsed ?? []), {
      direction: opts.direction ?? 'down',
      branchStyle: opts.styles ?? {},
    }),
  );
}

function byId(result: LayoutResult): Map<string, LayoutNode> {
  return new Map(result.nodes.map((n) => [n.id, n]));
}

function expectNoOverlap(result: LayoutResult): void {
  for (let i = 0; i < result.nodes.length; i++) {
    for (let j = i + 1; j < result.nodes.length; j++) {
      const a = result.nodes[i]!;
      const b = result.nodes[j]!;
      expect(rectsOverlap(a, b), `${a.id} overlaps ${b.id}`).toBe(false);
    }
  }
}

/** A wider org than the sample: three levels, fan-outs of different sizes, an assistant, two roots. */
function wideDesign(): Design {
  const specs: { id: string; parent?: string; assistant?: boolean }[] = [{ id: 'r' }];
  for (let i = 0; i < 5; i++) {
    specs.push({ id: `m${i}`, parent: 'r' });
    for (let j = 0; j < i + 1; j++) {
      specs.push({ id: `m${i}-${j}`, parent: `m${i}` });
      if (j % 2 === 0)
        for (let k = 0; k < 3; k++) specs.push({ id: `m${i}-${j}-${k}`, parent: `m${i}-${j}` });
    }
  }
  specs.push({ id: 'r-pa', parent: 'r', assistant: true }, { id: 'm2-pa', parent: 'm2', assistant: true });
  specs.push({ id: 'solo' }, { id: 'solo-1', parent: 'solo' });
  return testDesign(specs);
}

const variants: { name: string; direction: LayoutDirection; styles: Record<string, BranchStyle> }[] = [
  { name: 'top-down', direction: 'down', styles: {} },
  { name: 'left-right', direction: 'right', styles: {} },
  { name: 'stacked', direction: 'down', styles: { m3: 'stacked', m4: 'stacked' } },
  { name: 'condensed', direction: 'down', styles: { m2: 'condensed', r: 'wide' } },
  { name: 'condensed root', direction: 'right', styles: { r: 'condensed', m1: 'wide', m4: 'stacked' } },
];

for (const name of ['tidy', 'elk'] as const satisfies readonly LayoutEngineName[]) {
  describe(`${name} layout`, () => {
    const engine = createLayoutEngine(name);
    const run = (design: Design, opts: Parameters<typeof runWith>[2] = {}): Promise<LayoutResult> =>
      runWith(engine, design, opts);
    for (const v of variants) {
      it(`places every visible role without overlapping cards (${v.name})`, async () => {
        const design = wideDesign();
        const result = await run(design, { direction: v.direction, styles: v.styles });
        expect(result.nodes.map((n) => n.id).sort()).toEqual(design.roles.map((r) => r.id).sort());
        expectNoOverlap(result);
      });

      it(`puts every manager before its reports in the flow (${v.name})`, async () => {
        const design = wideDesign();
        const nodes = byId(await run(design, { direction: v.direction, styles: v.styles }));
        for (const role of design.roles) {
          if (!role.reportsTo || role.assistant) continue;
          const m = nodes.get(role.reportsTo)!;
          const r = nodes.get(role.id)!;
          if (v.direction === 'down')
            expect(m.y + m.height, `${role.reportsTo} above ${role.id}`).toBeLessThan(r.y);
          else expect(m.x + m.width, `${role.reportsTo} left of ${role.id}`).toBeLessThan(r.x);
        }
      });
    }

    it('draws one orthogonal reporting line per visible report, from manager to report', async () => {
      const design = wideDesign();
      const result = await run(design, { styles: { m3: 'stacked' } });
      const lines = result.edges.filter((e) => !e.dotted);
      expect(lines).toHaveLength(design.roles.filter((r) => r.reportsTo).length);
      const nodes = byId(result);
      const touches = (p: { x: number; y: number }, n: LayoutNode): boolean =>
        p.x >= n.x - 0.5 && p.x <= n.x + n.width + 0.5 && p.y >= n.y - 0.5 && p.y <= n.y + n.height + 0.5;
      for (const e of lines) {
        expect(touches(e.points[0]!, nodes.get(e.from)!), `${e.id} starts at its manager`).toBe(true);
        expect(touches(e.points[e.points.length - 1]!, nodes.get(e.to)!), `${e.id} ends at its report`).toBe(
          true,
        );
        for (let i = 1; i < e.points.length; i++) {
          const a = e.points[i - 1]!;
          const b = e.points[i]!;
          expect(Math.abs(a.x - b.x) < 0.01 || Math.abs(a.y - b.y) < 0.01, `${e.id} is orthogonal`).toBe(
            true,
          );
        }
      }
    });

    it('stacks the leaf reports of a stacked branch in one column under their manager', async () => {
      const design = wideDesign();
      const nodes = byId(await run(design, { styles: { m4: 'stacked' } }));
      const m = nodes.get('m4')!;
      // m4's leaves are its odd-numbered reports; the even ones have reports of their own.
      const leaves = ['m4-1', 'm4-3'].map((id) => nodes.get(id)!);
      expect(new Set(leaves.map((n) => n.x)).size).toBe(1);
      expect(leaves[0]!.y).toBeLessThan(leaves[1]!.y);
      for (const leaf of leaves) expect(leaf.y).toBeGreaterThan(m.y + m.height);

      const all = byId(await run(design, { styles: { m0: 'stacked', m1: 'stacked' } }));
      // m1's reports: m1-0 has reports, m1-1 is a leaf; m0's only report has reports: nothing to stack.
      expect(all.get('m1-1')!.y).toBeGreaterThan(all.get('m1')!.y);
    });

    it('does not let a tall stacked column push unrelated ranks down', async () => {
      const nodes = byId(await run(sampleDesign(), { styles: { ops: 'stacked' } }));
      const cs = nodes.get('cs')!;
      const wh1 = nodes.get('wh1')!;
      // One layer gap below their managers, although the column beside them is three cards deep.
      expect(nodes.get('cs1')!.y - (cs.y + cs.height)).toBeLessThanOrEqual(64);
      expect(nodes.get('wh11')!.y - (wh1.y + wh1.height)).toBeLessThanOrEqual(64);
    });

    it('stacks in a column whatever the direction', async () => {
      const design = testDesign([
        { id: 'm' },
        { id: 'a', parent: 'm' },
        { id: 'b', parent: 'm' },
        { id: 'c', parent: 'm' },
      ]);
      for (const direction of ['down', 'right'] as const) {
        const nodes = byId(await run(design, { direction, styles: { m: 'stacked' } }));
        const xs = ['a', 'b', 'c'].map((id) => nodes.get(id)!.x);
        const ys = ['a', 'b', 'c'].map((id) => nodes.get(id)!.y);
        expect(new Set(xs).size).toBe(1);
        expect(ys).toEqual([...ys].sort((p, q) => p - q));
      }
    });

    it('keeps siblings in design order, left to right, and keeps it after an unrelated edit', async () => {
      const design = wideDesign();
      const order = (nodes: Map<string, LayoutNode>, ids: readonly string[]): number[] =>
        ids.map((id) => nodes.get(id)!.x);
      const siblings = design.roles
        .find((r) => r.id === 'r')!
        .subordinates.filter((id) => !id.endsWith('pa'));
      const before = byId(await run(design));
      const xs = order(before, siblings);
      expect(xs).toEqual([...xs].sort((a, b) => a - b));
      const m4kids = order(before, ['m4-0', 'm4-1', 'm4-2', 'm4-3', 'm4-4']);
      expect(m4kids).toEqual([...m4kids].sort((a, b) => a - b));

      // Unrelated edit: a new report far away under m0's first report.
      const edited = testDesign([
        ...design.roles.map((r) => ({ id: r.id, parent: r.reportsTo, assistant: r.assistant })),
        { id: 'new', parent: 'm0-0-2' },
      ]);
      const after = byId(await run(edited));
      const xs2 = order(after, siblings);
      expect(xs2).toEqual([...xs2].sort((a, b) => a - b));
      const m4kids2 = order(after, ['m4-0', 'm4-1', 'm4-2', 'm4-3', 'm4-4']);
      expect(m4kids2).toEqual([...m4kids2].sort((a, b) => a - b));
    });

    it('keeps every sibling group in order in a larger mixed org', async () => {
      // A deterministic pseudo-random org: uneven fan-outs, assistants, and every branch style.
      let seed = 7;
      const rand = (n: number): number => {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        return seed % n;
      };
      const specs: { id: string; parent?: string; assistant?: boolean }[] = [{ id: 'n0' }];
      for (let i = 1; i < 240; i++)
        specs.push({ id: `n${i}`, parent: `n${rand(Math.min(i, 60))}`, assistant: rand(17) === 0 });
      const design = testDesign(specs);
      const styles: Record<string, BranchStyle> = {};
      for (let i = 0; i < 60; i += 1) styles[`n${i}`] = (['wide', 'stacked', 'condensed'] as const)[rand(3)]!;
      for (const direction of ['down', 'right'] as const) {
        const result = await run(design, { direction, styles });
        expectNoOverlap(result);
        const nodes = byId(result);
        for (const role of design.roles) {
          const line = role.subordinates.filter((id) => !design.roles.find((r) => r.id === id)!.assistant);
          const at = line.map((id) => (direction === 'down' ? nodes.get(id)!.x : nodes.get(id)!.y));
          const across = line.map((id) => (direction === 'down' ? nodes.get(id)!.y : nodes.get(id)!.x));
          // Siblings in one row must read in order; a stacked column reads top to bottom instead.
          for (let i = 1; i < line.length; i++) {
            const ok =
              at[i]! > at[i - 1]! ||
              (at[i] === at[i - 1] && across[i]! > across[i - 1]!) ||
              across[i] !== across[i - 1];
            expect(ok, `${role.id}: ${line[i - 1]} before ${line[i]} (${direction})`).toBe(true);
          }
        }
      }
    });

    it('places assistants beside their manager, not in the row of reports', async () => {
      const design = wideDesign();
      const nodes = byId(await run(design));
      const r = nodes.get('r')!;
      const pa = nodes.get('r-pa')!;
      expect(pa.y).toBe(r.y);
      expect(pa.x).toBeGreaterThan(r.x + r.width);
      expect(nodes.get('m2-pa')!.y).toBe(nodes.get('m2')!.y);
    });

    it('leaves collapsed subtrees out', async () => {
      const design = wideDesign();
      const result = await run(design, { collapsed: ['m3', 'm4-0'] });
      const ids = new Set(result.nodes.map((n) => n.id));
      expect(ids.has('m3')).toBe(true);
      expect(ids.has('m4-0')).toBe(true);
      expect([...ids].some((id) => id.startsWith('m3-') || id.startsWith('m4-0-'))).toBe(false);
      expect(ids.has('m4-1')).toBe(true);
      expect(result.edges.every((e) => ids.has(e.from) && ids.has(e.to))).toBe(true);
    });

    it('draws dotted lines dashed without moving any card', async () => {
      const plain = sampleDesign();
      const withDotted = testDesign(
        plain.roles.map((r) => ({
          id: r.id,
          parent: r.reportsTo,
          assistant: r.assistant,
          dotted: r.id === 'cs2' ? ['wh', 'ops3'] : [],
        })),
      );
      const withoutDotted = testDesign(
        plain.roles.map((r) => ({ id: r.id, parent: r.reportsTo, assistant: r.assistant })),
      );
      const a = await run(withDotted);
      const b = await run(withoutDotted);
      expect(a.nodes).toEqual(b.nodes);
      const dotted = a.edges.filter((e) => e.dotted);
      expect(dotted.map((e) => `${e.from}->${e.to}`).sort()).toEqual(['ops3->cs2', 'wh->cs2']);
      expect(b.edges.some((e) => e.dotted)).toBe(false);
    });
  });
}

describe('layoutKey', () => {
  const key = (
    d: Design,
    collapsed: string[] = [],
    styles: Record<string, BranchStyle> = {},
    direction: LayoutDirection = 'down',
  ): string => layoutKey(layoutInput(d, new Set(collapsed), { direction, branchStyle: styles }));
  const specs = sampleDesign().roles.map((r) => ({
    id: r.id,
    parent: r.reportsTo,
    title: r.title,
    assistant: r.assistant,
  }));

  it('does not change when a title or headcount changes', () => {
    const renamed = testDesign(
      specs.map((s) => (s.id === 'ops' ? { ...s, title: '一个很长很长的新标题' } : s)),
    );
    const staffed = testDesign(specs.map((s) => (s.id === 'cs1' ? { ...s, headcount: 12 } : s)));
    expect(key(renamed)).toBe(key(testDesign(specs)));
    expect(key(staffed)).toBe(key(testDesign(specs)));
  });

  it('changes when a role changes unit, because unit frames are drawn around roles', () => {
    expect(key(testDesign(specs.map((s) => (s.id === 'cs1' ? { ...s, unitId: 'x' } : s))))).not.toBe(
      key(testDesign(specs)),
    );
  });

  it('changes when a role moves, is collapsed, or the options change', () => {
    const base = key(testDesign(specs));
    const moved = testDesign(specs.map((s) => (s.id === 'ops2' ? { ...s, parent: 'cs' } : s)));
    expect(key(moved)).not.toBe(base);
    expect(key(testDesign(specs), ['ops'])).not.toBe(base);
    expect(key(testDesign(specs), [], { ops: 'stacked' })).not.toBe(base);
    expect(key(testDesign(specs), [], {}, 'right')).not.toBe(base);
  });

  it('ignores collapsing a leaf and styling a branch the same as it inherits', () => {
    const base = key(testDesign(specs));
    expect(key(testDesign(specs), ['ops1'])).toBe(base);
    expect(key(testDesign(specs), [], { ops: 'wide' })).toBe(base);
    expect(key(testDesign(specs), [], { ops1: 'stacked', cs2: 'condensed' })).toBe(base);
    expect(key(testDesign(specs), ['wh1'], { wh1: 'stacked' })).toBe(key(testDesign(specs), ['wh1']));
  });
});
