import { hiddenCounts } from '../layout/input.js';
import { designIndex } from '../query/designIndex.js';
import type { LayoutDirection, LayoutResult } from '../layout/types.js';
import type { Design, Role } from '../types.js';
import { SCENE_STRINGS, type SceneLocale } from './strings.js';
import { fitLine, textWidth, wrapText } from './text.js';
import { DEFAULT_THEME, type SceneTheme } from './theme.js';
import type { BadgePrimitive, LegendEntry, Primitive, Scene, SceneCard, SceneLine } from './types.js';

export interface SceneOptions {
  readonly locale: SceneLocale;
  readonly collapsed?: ReadonlySet<string>;
  readonly direction?: LayoutDirection;
  readonly theme?: SceneTheme;
}

/** Card geometry, in card-local units. */
const PAD_LEFT = 18;
const PAD_RIGHT = 10;
const TITLE_SIZE = 15;
const TITLE_LINE = 19;
const SMALL_SIZE = 12;
const FAR_TITLE_SIZE = 28;
const FAR_TITLE_LINE = 32;

/** Work items across a role's responsibility areas: what the card's duty count counts. */
export function dutyCount(role: Role): number {
  return role.responsibilities.reduce((n, area) => n + area.items.length, 0);
}

/**
 * The drawn chart: cards and lines positioned by `layout`, drawn from `design`. Roles the layout does
 * not know yet (just added, layout still running) are left out until it does; roles the layout knows
 * but the design no longer has are dropped.
 */
export function buildScene(design: Design, layout: LayoutResult, options: SceneOptions): Scene {
  const theme = options.theme ?? DEFAULT_THEME;
  const strings = SCENE_STRINGS[options.locale];
  const { rolesById: roles, unitsById: units } = designIndex(design);
  const hidden = hiddenCounts(design, options.collapsed ?? new Set());
  const direction = options.direction ?? 'down';

  const cards: SceneCard[] = [];
  const usedUnits = new Set<string>();
  for (const node of layout.nodes) {
    const role = roles.get(node.id);
    if (!role) continue;
    const unit = role.unitId ? units.get(role.unitId) : undefined;
    if (unit) usedUnits.add(unit.id);
    const w = node.width;
    const h = node.height;
    const p: Primitive[] = [];
    p.push({
      kind: 'rect',
      x: 0,
      y: 0,
      width: w,
      height: h,
      fill: theme.card,
      stroke: role.optional ? theme.optionalBorder : theme.cardBorder,
      strokeWidth: role.optional ? 1.5 : 1,
      dash: role.optional ? [6, 4] : null,
      radius: 8,
    });
    p.push({
      kind: 'rect',
      x: 5,
      y: 8,
      width: 5,
      height: h - 16,
      fill: unit?.color ?? theme.noUnit,
      stroke: null,
      strokeWidth: 0,
      dash: null,
      radius: 2.5,
    });

    const textWidthMax = w - PAD_LEFT - PAD_RIGHT;
    const title = wrapText(role.title, textWidthMax, TITLE_SIZE, 2, true);
    title.lines.forEach((line, i) =>
      p.push({
        kind: 'text',
        lod: 'near',
        x: PAD_LEFT,
        y: 9 + i * TITLE_LINE,
        maxWidth: textWidthMax,
        text: line,
        fullText: role.title,
        fontSize: TITLE_SIZE,
        fontWeight: 'bold',
        fill: theme.title,
        align: 'left',
      }),
    );
    if (title.lines.length < 2) {
      const unitName = fitLine(unit?.name ?? strings.noUnit, textWidthMax, SMALL_SIZE);
      p.push({
        kind: 'text',
        lod: 'near',
        x: PAD_LEFT,
        y: 9 + TITLE_LINE + 3,
        maxWidth: textWidthMax,
        text: unitName.text,
        fullText: unit?.name ?? strings.noUnit,
        fontSize: SMALL_SIZE,
        fontWeight: 'normal',
        fill: theme.muted,
        align: 'left',
      });
    }

    // Bottom row: counts on the left, markers on the right.
    const rowY = h - 24;
    const counts = `${strings.headcount(role.headcount)} · ${strings.duties(dutyCount(role))}`;
    const markers: string[] = [];
    if (role.assistant) markers.push(strings.assistant);
    if (role.optional) markers.push(strings.optional);
    let right = w - PAD_RIGHT;
    const markerPrims: Primitive[] = [];
    for (const label of markers.reverse()) {
      const bw = textWidth(label, 11) + 10;
      right -= bw;
      markerPrims.push(marker(label, right, rowY, bw, theme));
      right -= 4;
    }
    const countsFit = fitLine(counts, right - PAD_LEFT, SMALL_SIZE);
    p.push({
      kind: 'text',
      lod: 'near',
      x: PAD_LEFT,
      y: rowY + 2,
      maxWidth: right - PAD_LEFT,
      text: countsFit.text,
      fullText: counts,
      fontSize: SMALL_SIZE,
      fontWeight: 'normal',
      fill: theme.muted,
      align: 'left',
    });
    p.push(...markerPrims);

    // Zoomed out: only the title, large enough to read at a third of the size.
    const far = wrapText(role.title, textWidthMax, FAR_TITLE_SIZE, 2, true);
    const farTop = (h - far.lines.length * FAR_TITLE_LINE) / 2 + 2;
    far.lines.forEach((line, i) =>
      p.push({
        kind: 'text',
        lod: 'far',
        x: PAD_LEFT,
        y: farTop + i * FAR_TITLE_LINE,
        maxWidth: textWidthMax,
        text: line,
        fullText: role.title,
        fontSize: FAR_TITLE_SIZE,
        fontWeight: 'bold',
        fill: theme.title,
        align: 'left',
      }),
    );

    const count = hidden.get(role.id);
    if (count !== undefined && count > 0)
      p.push(collapseBadge(role.id, strings.hidden(count), w, h, direction, theme));

    cards.push({
      roleId: role.id,
      x: node.x,
      y: node.y,
      width: w,
      height: h,
      primitives: p,
      title: role.title,
      titleTruncated: title.truncated,
    });
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
        strokeWidth: edge.dotted ? 1.5 : 1.5,
        dash: edge.dotted ? [6, 5] : null,
      },
    });
  }

  const legend: LegendEntry[] = design.units
    .filter((u) => usedUnits.has(u.id))
    .map((u) => ({ unitId: u.id, name: u.name, color: u.color }));

  return {
    bounds: layout.bounds,
    background: theme.background,
    fontFamily: theme.fontFamily,
    lines,
    cards,
    legend,
  };
}

function marker(label: string, x: number, y: number, width: number, theme: SceneTheme): BadgePrimitive {
  return {
    kind: 'badge',
    lod: 'near',
    x,
    y,
    width,
    height: 18,
    text: label,
    fontSize: 11,
    fill: theme.marker,
    stroke: null,
    textFill: theme.markerText,
    action: null,
  };
}

function collapseBadge(
  roleId: string,
  label: string,
  w: number,
  h: number,
  direction: LayoutDirection,
  theme: SceneTheme,
): BadgePrimitive {
  const bw = Math.max(28, textWidth(label, 12) + 14);
  const bh = 20;
  // Straddles the edge the hidden reports would hang from.
  const at = direction === 'down' ? { x: (w - bw) / 2, y: h - bh / 2 } : { x: w - bw / 2, y: (h - bh) / 2 };
  return {
    kind: 'badge',
    x: at.x,
    y: at.y,
    width: bw,
    height: bh,
    text: label,
    fontSize: 12,
    fill: theme.badge,
    stroke: '#ffffff',
    textFill: theme.badgeText,
    action: { type: 'toggleCollapse', roleId },
  };
}
