import type { Rect } from '@orgcanvas/model';

/** 16:9 slides, in inches (PowerPoint's "widescreen"). */
export const SLIDE_W = 13.333;
export const SLIDE_H = 7.5;
export const MARGIN = 0.4;
export const TITLE_H = 0.7;
/** Where a chart may go: below the slide title, inside the margins. */
export const CHART_AREA: Rect = {
  x: MARGIN,
  y: MARGIN + TITLE_H + 0.1,
  width: SLIDE_W - 2 * MARGIN,
  height: SLIDE_H - 2 * MARGIN - TITLE_H - 0.1,
};
/** The smallest text a slide may show and still be read from the back of the room. */
export const MIN_POINTS = 9;
/** The smallest text a card draws, in scene units (its optional and assistant markers). */
export const SMALLEST_SCENE_TEXT = 11;
/** Cards no larger than this on a slide, however few of them there are. */
const MAX_INCHES_PER_UNIT = 0.012;

/** Inches per scene unit that fit `bounds` into the chart area. */
export function fitScale(bounds: Rect): number {
  return Math.min(
    CHART_AREA.width / Math.max(1, bounds.width),
    CHART_AREA.height / Math.max(1, bounds.height),
    MAX_INCHES_PER_UNIT,
  );
}

export function readable(bounds: Rect): boolean {
  return fitScale(bounds) * SMALLEST_SCENE_TEXT * 72 >= MIN_POINTS - 1e-9;
}

/** Maps scene coordinates onto the slide, centred in the chart area. */
export function placer(bounds: Rect): { scale: number; x: (v: number) => number; y: (v: number) => number } {
  const scale = fitScale(bounds);
  const ox = CHART_AREA.x + (CHART_AREA.width - bounds.width * scale) / 2 - bounds.x * scale;
  const oy = CHART_AREA.y + (CHART_AREA.height - bounds.height * scale) / 2 - bounds.y * scale;
  return { scale, x: (v) => ox + v * scale, y: (v) => oy + v * scale };
}
