import { unionRects } from '../layout/geometry.js';
import { hiddenCounts } from '../layout/input.js';
import { designIndex } from '../query/designIndex.js';
import type { LayoutDirection, LayoutResult } from '../layout/types.js';
import type { Design } from '../types.js';
import type { CardContext } from './card.js';
import { cachedRoleCard } from './cardCache.js';
import { decorate } from './decorations.js';
import { ESTIMATE_MEASURE, type TextMeasure } from './measure.js';
import { SCENE_STRINGS, type SceneLocale } from './strings.js';
import { DEFAULT_THEME, type SceneTheme } from './theme.js';
import type { LegendEntry, Scene, SceneCard, SceneLine } from './types.js';
import { sceneUnits } from './units.js';

export interface SceneOptions {
  readonly locale: SceneLocale;
  readonly collapsed?: ReadonlySet<string>;
  readonly direction?: LayoutDirection;
  readonly theme?: SceneTheme;
  /** Measures with the font the back end draws with; without one, a wide estimate. */
  readonly measure?: TextMeasure;
  /** Drawn above the chart (exports pass the design's name); none by default. */
  readonly title?: string | null;
  /** Drawn under the title, as given (the caller formats it in the user's language). */
  readonly date?: string | null;
  /** The unit legend below the chart; off by default (the canvas shows its own). */
  readonly legend?: boolean;
}

/**
 * The drawn chart: cards and lines positioned by `layout`, drawn from `design`. Roles the layout does
 * not know yet (just added, layout still running) are left out until it does; roles the layout knows
 * but the design no longer has are dropped.
 */
export function buildScene(design: Design, layout: LayoutResult, options: SceneOptions): Scene {
  const theme = options.theme ?? DEFAULT_THEME;
  const ctx: CardContext = {
    theme,
    strings: SCENE_STRINGS[options.locale],
    measure: options.measure ?? ESTIMATE_MEASURE,
    direction: options.direction ?? 'down',
  };
  const { rolesById: roles, unitsById: units } = designIndex(design);
  const hidden = hiddenCounts(design, options.collapsed ?? new Set());

  const cards: SceneCard[] = [];
  const usedUnits = new Set<string>();
  for (const node of layout.nodes) {
    const role = roles.get(node.id);
    if (!role) continue;
    const unit = role.unitId ? units.get(role.unitId) : undefined;
    if (unit) usedUnits.add(unit.id);
    cards.push(cachedRoleCard(role, unit, node, hidden.get(role.id) ?? 0, ctx));
  }

  const lines: SceneLine[] = [];
  for (const edge of layout.edges) {
    if (!roles.has(edge.from) || !roles.has(edge.to)) continue;
    lines.push({
      id: edge.id,
      from: edge.from,
      to: edge.to,
      primitive: {
        kind: 'polyline',
        points: edge.points,
        stroke: edge.dotted ? theme.dottedLine : theme.line,
        strokeWidth: 1.5,
        dash: edge.dotted ? [6, 5] : null,
      },
    });
  }

  for (const edge of layout.unitEdges) {
    lines.push({
      id: edge.id,
      from: edge.from,
      to: edge.to,
      primitive: { kind: 'polyline', points: edge.points, stroke: theme.line, strokeWidth: 1.5, dash: null },
    });
  }

  const unitBoxes = sceneUnits(layout.units, units, ctx);
  for (const box of unitBoxes) usedUnits.add(box.unitId);
  const legend: LegendEntry[] = design.units
    .filter((u) => usedUnits.has(u.id))
    .map((u) => ({ unitId: u.id, name: u.name, color: u.color }));

  const chartBounds =
    unitBoxes.length > 0 ? (unionRects([layout.bounds, ...unitBoxes]) ?? layout.bounds) : layout.bounds;
  const decorated = decorate(
    chartBounds,
    legend,
    { title: options.title ?? null, date: options.date ?? null, legend: options.legend ?? false },
    ctx,
  );
  return {
    bounds:
      decorated.primitives.length > 0
        ? (unionRects([chartBounds, decorated.bounds]) ?? chartBounds)
        : chartBounds,
    chartBounds,
    background: theme.background,
    fontFamily: theme.fontFamily,
    units: unitBoxes,
    lines,
    cards,
    legend,
    decorations: decorated.primitives,
  };
}
