import type { BranchStyle, Design, LayoutResult, Role } from '@orgcanvas/model';
import { layoutInput, unionRects, type Rect } from '@orgcanvas/model';
import { exportLayoutEngine } from '../scene.js';
import { fitScale, readable } from './geometry.js';

/** One chart slide to draw: which roles, laid out how, and which boxes link to which later slide. */
export interface ChartSlide {
  readonly title: string;
  readonly design: Design;
  readonly layout: LayoutResult;
  readonly collapsed: ReadonlySet<string>;
  /** Role id → index (in the plan) of the slide that shows that role's part. */
  readonly links: ReadonlyMap<string, number>;
}

const engine = exportLayoutEngine();

/** What a slide must hold: the cards and the unit frames the scene draws around them. */
function chartBox(layout: LayoutResult): Rect {
  return unionRects([layout.bounds, ...layout.units]) ?? layout.bounds;
}

const fits = (layout: LayoutResult): boolean => readable(chartBox(layout));

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
  // A part shows the units its roles belong to (and the units around them), not every empty unit
  // of the whole design: those are drawn once, with the top of the chart.
  const unitsById = new Map(design.units.map((u) => [u.id, u]));
  const keepUnits = new Set<string>();
  for (const role of roles) {
    for (let id = role.unitId; id !== null && !keepUnits.has(id); id = unitsById.get(id)?.parentId ?? null)
      keepUnits.add(id);
  }
  return { ...design, roles, units: design.units.filter((u) => keepUnits.has(u.id)) };
}

async function layoutOf(
  design: Design,
  collapsed: ReadonlySet<string>,
  style: BranchStyle,
): Promise<LayoutResult> {
  const branchStyle: Record<string, BranchStyle> = {};
  if (style !== 'wide')
    for (const r of design.roles) if (r.subordinates.length > 0) branchStyle[r.id] = style;
  return engine.layout(layoutInput(design, collapsed, { direction: 'down', branchStyle }));
}

/** The chart as drawn on screen when that is readable, else whichever branch style fits best. */
async function bestLayout(design: Design, collapsed: ReadonlySet<string>): Promise<LayoutResult> {
  const wide = await layoutOf(design, collapsed, 'wide');
  if (fits(wide)) return wide;
  let best = wide;
  for (const style of ['stacked', 'condensed'] as const) {
    const other = await layoutOf(design, collapsed, style);
    if (fitScale(chartBox(other)) > fitScale(chartBox(best))) best = other;
  }
  return best;
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

/** `design` holds exactly the roles under `tops`. */
async function plan(
  design: Design,
  tops: readonly string[],
  title: string,
  partTitle: (role: string) => string,
  out: ChartSlide[],
): Promise<void> {
  const none = new Set<string>();
  const full = await bestLayout(design, none);
  if (fits(full)) {
    out.push({ title, design, layout: full, collapsed: none, links: new Map() });
    return;
  }
  const byId = new Map(design.roles.map((r) => [r.id, r]));
  const reports = tops.flatMap((id) => byId.get(id)?.subordinates ?? []);
  const folded = new Set(reports.filter((id) => (byId.get(id)?.subordinates.length ?? 0) > 0));
  if (folded.size === 0) {
    await chunked(design, tops, reports, title, out);
    return;
  }
  const overviewLayout = await bestLayout(design, folded);
  // An overview with more reports than one readable slide holds goes onto several slides itself.
  const overviews = fits(overviewLayout)
    ? [pushed(out, { title, design, layout: overviewLayout, collapsed: folded, links: new Map() })]
    : await chunked(design, tops, reports, title, out, folded);
  for (const id of reports) {
    if (!folded.has(id)) continue;
    const overview = overviews.find((slide) => slide.design.roles.some((role) => role.id === id));
    overview?.links.set(id, out.length);
    await plan(partOf(design, [id]), [id], partTitle(byId.get(id)!.title), partTitle, out);
  }
}

interface PlannedSlide extends ChartSlide {
  readonly links: Map<string, number>;
}

function pushed(out: ChartSlide[], slide: PlannedSlide): PlannedSlide {
  out.push(slide);
  return slide;
}

/**
 * Managers with more direct reports than one readable slide holds: the reports go onto as many
 * slides as needed, each with its managers, titled "(1/3)" and so on. Reports in `folded` keep
 * their own reports in the slide's design (folded away, so their cards count them).
 */
async function chunked(
  design: Design,
  tops: readonly string[],
  reports: readonly string[],
  title: string,
  out: ChartSlide[],
  folded: ReadonlySet<string> = new Set(),
): Promise<PlannedSlide[]> {
  const byId = new Map(design.roles.map((r) => [r.id, r]));
  const withFolded = (id: string): string[] =>
    folded.has(id) ? [id, ...(byId.get(id)?.subordinates ?? []).flatMap(withFolded)] : [id];
  const slice = (from: number, to: number): Design => {
    const keep = new Set([...tops, ...reports.slice(from, to).flatMap(withFolded)]);
    const roles = design.roles
      .filter((r) => keep.has(r.id))
      .map((r) => ({ ...r, subordinates: r.subordinates.filter((id) => keep.has(id)) }));
    return { ...design, roles };
  };
  let size = reports.length - 1;
  while (size > 1 && !fits(await bestLayout(slice(0, size), folded))) size--;
  const count = Math.ceil(reports.length / Math.max(1, size));
  const slides: PlannedSlide[] = [];
  for (let i = 0; i < count; i++) {
    const part = slice(i * size, (i + 1) * size);
    const layout = await bestLayout(part, folded);
    slides.push(
      pushed(out, {
        title: `${title} (${i + 1}/${count})`,
        design: part,
        layout,
        collapsed: folded,
        links: new Map(),
      }),
    );
  }
  return slides;
}
