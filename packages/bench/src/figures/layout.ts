import * as Y from 'yjs';
import {
  type Design,
  DEFAULT_LAYOUT_OPTIONS,
  type LayoutEngine,
  type Operation,
  applyOperation,
  createLayoutEngine,
  generateOrg,
  layoutInput,
  localOrigin,
  readDesign,
  writeDesign,
} from '@orgcanvas/model';
import type { Figure, Measured } from '../figure.js';
import { collectGarbage, p95, timedAsync } from '../stats.js';

const NONE: ReadonlySet<string> = new Set();

/** Lays out `roles` generated roles with a fresh engine (no cache), after warming the code up. */
async function freshLayouts(roles: number, runs: number, engineName?: 'tidy' | 'elk'): Promise<number[]> {
  const input = layoutInput(generateOrg({ roles, seed: 1 }), NONE, DEFAULT_LAYOUT_OPTIONS);
  const once = (): Promise<unknown> => createLayoutEngine(engineName).layout(input);
  for (let i = 0; i < 3; i++) await once();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    collectGarbage();
    times.push(await timedAsync(once));
  }
  return times;
}

export const layoutFigures: Figure[] = [
  {
    key: 'layout_ms_1000',
    what: 'lay out 1,000 roles, warm, default engine (fresh, no cache)',
    goal: 30,
    measure: async ({ runs, progress }) => {
      const times = await freshLayouts(1000, runs);
      // Side by side with ELK, as the issue asks; three runs, since each takes seconds.
      const elk = await freshLayouts(1000, 3, 'elk').catch(() => null);
      if (elk) progress(`  ELK, same 1,000 roles: ${elk.map((t) => t.toFixed(0)).join(', ')} ms`);
      return { runs: times, note: elk ? `ELK: ${Math.round(elk.sort((a, b) => a - b)[1]!)} ms` : undefined };
    },
  },
  {
    key: 'layout_ms_10000',
    what: 'lay out 10,000 roles, warm, default engine (fresh, no cache)',
    goal: 150,
    measure: async ({ runs }) => ({ runs: await freshLayouts(10_000, runs) }),
  },
  {
    key: 'relayout_ms_edit_10000',
    what: 'layout input + layout after one move/add/delete in 10,000 roles, p95 of 50 edits',
    goal: 10,
    measure: async ({ runs }) => ({ runs: await relayoutRuns(runs) }),
  },
];

/** The edits of the relayout figure: moves, additions and deletions, through real operations. */
export function structuralEdit(design: Design, n: number): Operation {
  const roles = design.roles;
  const pick = (k: number) => roles[(k * 7919) % roles.length]!;
  const kind = n % 3;
  if (kind === 0) {
    const role = pick(n + 11);
    const target = pick(n);
    const under = (a: string, b: string): boolean => {
      const byId = new Map(roles.map((r) => [r.id, r]));
      for (let c: string | null = a; c; c = byId.get(c)?.reportsTo ?? null) if (c === b) return true;
      return false;
    };
    if (role.reportsTo !== null && !under(target.id, role.id))
      return { type: 'role.move', id: role.id, reportsTo: target.id };
  }
  if (kind === 2) {
    const leaf = roles.find((r, i) => i > n && r.subordinates.length === 0 && r.reportsTo !== null);
    if (leaf) return { type: 'role.delete', id: leaf.id };
  }
  return { type: 'role.create', title: '新岗位', reportsTo: pick(n + 3).id };
}

async function relayoutRuns(runs: number): Promise<number[]> {
  const origin = localOrigin('bench');
  const out: number[] = [];
  for (let run = 0; run < runs; run++) {
    const doc = new Y.Doc();
    writeDesign(doc, generateOrg({ roles: 10_000, seed: 1 + run }), origin);
    const engine: LayoutEngine = createLayoutEngine();
    await engine.layout(layoutInput(readDesign(doc), NONE));
    const times: number[] = [];
    for (let n = 0; n < 50; n++) {
      applyOperation(doc, structuralEdit(readDesign(doc), n + run * 50), origin);
      const design = readDesign(doc);
      // The garbage of the edit itself is collected first: this times the layout, not the edit.
      collectGarbage();
      times.push(await timedAsync(() => engine.layout(layoutInput(design, NONE))));
    }
    out.push(p95(times));
    collectGarbage();
  }
  return out;
}

export type { Measured };
