import type { LayoutDirection, LayoutNode } from '../layout/types.js';
import type { Role, Unit } from '../types.js';
import type { SceneStrings } from './strings.js';
import { fitLine, styleOf, wrapText } from './text.js';
import type { TextMeasure } from './measure.js';
import type { SceneTheme } from './theme.js';
import type { BadgePrimitive, Primitive, SceneCard, TextPrimitive } from './types.js';

/** Card geometry, in card-local units. */
export const PAD_LEFT = 18;
export const PAD_RIGHT = 10;
const TITLE_SIZE = 15;
const TITLE_LINE = 19;
export const SMALL_SIZE = 12;
const MARKER_SIZE = 11;
const FAR_TITLE_SIZE = 28;
const FAR_TITLE_LINE = 32;

/** Work items across a role's responsibility areas: what the card's duty count counts. */
export function dutyCount(role: Pick<Role, 'responsibilities'>): number {
  return role.responsibilities.reduce((n, area) => n + area.items.length, 0);
}

export interface CardContext {
  readonly theme: SceneTheme;
  readonly strings: SceneStrings;
  readonly measure: TextMeasure;
  readonly direction: LayoutDirection;
}

export function text(
  at: { x: number; y: number; maxWidth: number },
  shown: string,
  full: string,
  fontSize: number,
  bold: boolean,
  fill: string,
  lod?: 'near' | 'far',
): TextPrimitive {
  return {
    kind: 'text',
    ...(lod ? { lod } : {}),
    ...at,
    text: shown,
    fullText: full,
    fontSize,
    fontWeight: bold ? 'bold' : 'normal',
    fill,
    align: 'left',
  };
}

/** One role's card: frame, unit stripe, title, unit name, counts, markers and collapse badge. */
export function roleCard(
  role: Role,
  unit: Unit | undefined,
  node: LayoutNode,
  hidden: number,
  ctx: CardContext,
): SceneCard {
  const { theme, strings, measure } = ctx;
  const w = node.width;
  const h = node.height;
  const unitColor = unit?.color ?? theme.noUnit;
  const p: Primitive[] = [
    {
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
    },
    stripe(h, unitColor),
  ];

  const maxWidth = w - PAD_LEFT - PAD_RIGHT;
  const title = wrapText(role.title, maxWidth, styleOf(TITLE_SIZE, true, measure), 2);
  title.lines.forEach((line, i) =>
    p.push(
      text(
        { x: PAD_LEFT, y: 9 + i * TITLE_LINE, maxWidth },
        line,
        role.title,
        TITLE_SIZE,
        true,
        theme.title,
        'near',
      ),
    ),
  );
  if (title.lines.length < 2) {
    const unitName = unit?.name ?? strings.noUnit;
    const fit = fitLine(unitName, maxWidth, styleOf(SMALL_SIZE, false, measure));
    p.push(
      text(
        { x: PAD_LEFT, y: 9 + TITLE_LINE + 3, maxWidth },
        fit.text,
        unitName,
        SMALL_SIZE,
        false,
        theme.muted,
        'near',
      ),
    );
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
    const bw = measure.width(label, MARKER_SIZE, false) + 10;
    right -= bw;
    markerPrims.push(marker(label, right, rowY, bw, theme));
    right -= 4;
  }
  const countsFit = fitLine(counts, right - PAD_LEFT, styleOf(SMALL_SIZE, false, measure));
  p.push(
    text(
      { x: PAD_LEFT, y: rowY + 2, maxWidth: right - PAD_LEFT },
      countsFit.text,
      counts,
      SMALL_SIZE,
      false,
      theme.muted,
      'near',
    ),
  );
  p.push(...markerPrims);

  // Zoomed out: only the title, large enough to read at a third of the size.
  const far = wrapText(role.title, maxWidth, styleOf(FAR_TITLE_SIZE, true, measure), 2);
  const farTop = (h - far.lines.length * FAR_TITLE_LINE) / 2 + 2;
  far.lines.forEach((line, i) =>
    p.push(
      text(
        { x: PAD_LEFT, y: farTop + i * FAR_TITLE_LINE, maxWidth },
        line,
        role.title,
        FAR_TITLE_SIZE,
        true,
        theme.title,
        'far',
      ),
    ),
  );

  if (hidden > 0) p.push(collapseBadge(role.id, strings.hidden(hidden), w, h, ctx));

  return {
    roleId: role.id,
    x: node.x,
    y: node.y,
    width: w,
    height: h,
    primitives: p,
    title: role.title,
    titleTruncated: title.truncated,
    unitId: unit?.id ?? null,
    unitColor,
  };
}

export function stripe(h: number, fill: string): Primitive {
  return {
    kind: 'rect',
    x: 5,
    y: 8,
    width: 5,
    height: h - 16,
    fill,
    stroke: null,
    strokeWidth: 0,
    dash: null,
    radius: 2.5,
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
    fontSize: MARKER_SIZE,
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
  ctx: CardContext,
): BadgePrimitive {
  const bw = Math.max(28, ctx.measure.width(label, 12, false) + 14);
  const bh = 20;
  // Straddles the edge the hidden reports would hang from.
  const at =
    ctx.direction === 'down' ? { x: (w - bw) / 2, y: h - bh / 2 } : { x: w - bw / 2, y: (h - bh) / 2 };
  return {
    kind: 'badge',
    x: at.x,
    y: at.y,
    width: bw,
    height: bh,
    text: label,
    fontSize: 12,
    fill: ctx.theme.badge,
    stroke: '#ffffff',
    textFill: ctx.theme.badgeText,
    action: { type: 'toggleCollapse', roleId },
  };
}
