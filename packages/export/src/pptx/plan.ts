import type { BranchStyle, Design, LayoutResult, Role } from '@orgcanvas/model';
import { ElkLayoutEngine, layoutInput } from '@orgcanvas/model';
import { readable } from './geometry.js';

/** One chart slide to draw: which roles, laid out how, and which boxes link to which later slide. */
export interface ChartSlide {
  readonly title: string;
  readonly design: Design;
  readonly layout: LayoutResult;
  readonly collapsed: ReadonlySet<string>;
  /** Role id → index (in the plan) of the slide that shows that role's part. */
  readonly links: ReadonlyMap<string, number>;
}

const engine = new ElkLayoutEngine();

/** The roles under `tops` (them included), as a design of their own with `tops` as its roots. */
function partOf(design: Design, tops: readonly string[]): Design {
  const byId = new Map(design.roles.map((r) => [r.id, r]));
  const keep = new Set<string>();
  const walk = (id: string) => {
    const role = byId.get(id);
    if (!role || keep.has(id)) return;
    keep.add(id);
    role.subordinates.forEach(walk);
  };
  tops.forEach(walk);
  const topSet = new Set(tops);
  const roles: Role[] = design.roles
    .filter((r) => keep.has(r.id))
    .map((r) => (topSet.has(r.id) ? { ...r, reportsTo: null } : r));
  return { ...design, roles };
}

async function layoutOf(
  design: Design,
  collapsed: ReadonlySet<string>,
  stacked = false,
): Promise<LayoutResult> {
  const branchStyle: Record<string, BranchStyle> = {};
  if (stacked) for (const r of design.roles) if (r.subordinates.length > 0) branchStyle[r.id] = 'stacked';
  return engine.layout(layoutInput(design, collapsed, { direction: 'down', branchStyle }));
}

/**
 * The chart slides of one design. A design that fits one slide with readable text gets one slide.
 * A bigger one gets an overview (its top roles and their direct reports, each report's own reports
 * folded away) whose boxes link to one slide per report's part, split again while a part is still
 * too big. A part that cannot be split further (one manager with very many reports) is stacked.
 */
export async function planCharts(
  design: Design,
  title: string,
  partTitle: (role: string) => string,
): Promise<ChartSlide[]> {
  const tops = design.roles.filter((r) => r.reportsTo === null).map((r) => r.id);
  const out: ChartSlide[] = [];
  await plan(design, tops, title, partTitle, out);
  return out;
}

async function plan(
  whole: Design,
  tops: readonly string[],
  title: string,
  partTitle: (role: string) => string,
  out: ChartSlide[],
): Promise<void> {
  const design =
    tops.length === whole.roles.filter((r) => r.reportsTo === null).length ? whole : partOf(whole, tops);
  const none = new Set<string>();
  const full = await layoutOf(design, none);
  if (readable(full.bounds)) {
    out.push({ title, design, layout: full, collapsed: none, links: new Map() });
    return;
  }
  const byId = new Map(design.roles.map((r) => [r.id, r]));
  const reports = tops.flatMap((id) => byId.get(id)?.subordinates ?? []);
  const folded = new Set(reports.filter((id) => (byId.get(id)?.subordinates.length ?? 0) > 0));
  if (folded.size === 0) {
    out.push({
      title,
      design,
      layout: await layoutOf(design, none, true),
      collapsed: none,
      links: new Map(),
    });
    return;
  }
  const links = new Map<string, number>();
  let layout = await layoutOf(design, folded);
  if (!readable(layout.bounds)) layout = await layoutOf(design, folded, true);
  const overview: ChartSlide = { title, design, layout, collapsed: folded, links };
  out.push(overview);
  for (const id of reports) {
    if (!folded.has(id)) continue;
    links.set(id, out.length);
    await plan(whole, [id], partTitle(byId.get(id)!.title), partTitle, out);
  }
}
