import type { Rect } from '../layout/types.js';
import { text, type CardContext } from './card.js';
import { fitLine, styleOf } from './text.js';
import type { LegendEntry, Primitive } from './types.js';

export const SCENE_MARGIN = 24;
const TITLE_SIZE = 22;
const DATE_SIZE = 12;
const LEGEND_SIZE = 13;
const LEGEND_ROW = 22;
const SWATCH = 14;

export interface DecorationOptions {
  readonly title: string | null;
  readonly date: string | null;
  readonly legend: boolean;
}

/**
 * Title and date above the chart, legend below it, in scene coordinates. Returns the primitives and
 * the rectangle they and the chart cover together (without the outer margin).
 */
export function decorate(
  chart: Rect,
  legend: readonly LegendEntry[],
  options: DecorationOptions,
  ctx: CardContext,
): { primitives: Primitive[]; bounds: Rect } {
  const out: Primitive[] = [];
  const width = Math.max(chart.width, 320);
  let top = chart.y;
  const header = options.title !== null || options.date !== null;
  if (header) {
    const headerHeight = TITLE_SIZE + 8 + (options.date !== null ? DATE_SIZE + 6 : 0);
    top = chart.y - SCENE_MARGIN - headerHeight;
    let y = top;
    if (options.title !== null) {
      const fit = fitLine(options.title, width, styleOf(TITLE_SIZE, true, ctx.measure));
      out.push(
        text({ x: chart.x, y, maxWidth: width }, fit.text, options.title, TITLE_SIZE, true, ctx.theme.title),
      );
      y += TITLE_SIZE + 8;
    }
    if (options.date !== null) {
      out.push(
        text(
          { x: chart.x, y, maxWidth: width },
          options.date,
          options.date,
          DATE_SIZE,
          false,
          ctx.theme.muted,
        ),
      );
    }
  }
  let bottom = chart.y + chart.height;
  if (options.legend && legend.length > 0) {
    const perRow = Math.max(1, Math.floor(width / 170));
    const colWidth = width / perRow;
    const y0 = bottom + SCENE_MARGIN;
    legend.forEach((entry, i) => {
      const x = chart.x + (i % perRow) * colWidth;
      const y = y0 + Math.floor(i / perRow) * LEGEND_ROW;
      out.push({
        kind: 'rect',
        x,
        y,
        width: SWATCH,
        height: SWATCH,
        fill: entry.color,
        stroke: null,
        strokeWidth: 0,
        dash: null,
        radius: 3,
      });
      const maxWidth = colWidth - SWATCH - 12;
      const fit = fitLine(entry.name, maxWidth, styleOf(LEGEND_SIZE, false, ctx.measure));
      out.push(
        text(
          { x: x + SWATCH + 6, y: y - 1, maxWidth },
          fit.text,
          entry.name,
          LEGEND_SIZE,
          false,
          ctx.theme.muted,
        ),
      );
    });
    bottom = y0 + Math.ceil(legend.length / perRow) * LEGEND_ROW;
  }
  return { primitives: out, bounds: { x: chart.x, y: top, width, height: bottom - top } };
}
