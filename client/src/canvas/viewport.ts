import type { Point, Rect, Size } from '@orgcanvas/model';

/** The stage transform: a canvas point p is drawn at `p * scale + (x, y)` on screen (stage pixels). */
export interface Viewport {
  readonly x: number;
  readonly y: number;
  readonly scale: number;
}

/** Low enough that fit-to-screen shows even a thousand-role chart whole. */
export const MIN_SCALE = 0.01;
export const MAX_SCALE = 3;
/** Fit never magnifies past this, so a three-card org does not fill the screen with giant cards. */
export const FIT_MAX_SCALE = 1;

export function clampScale(scale: number): number {
  return Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale));
}

export function screenToWorld(v: Viewport, p: Point): Point {
  return { x: (p.x - v.x) / v.scale, y: (p.y - v.y) / v.scale };
}

export function worldToScreen(v: Viewport, p: Point): Point {
  return { x: p.x * v.scale + v.x, y: p.y * v.scale + v.y };
}

export function worldRectToScreen(v: Viewport, r: Rect): Rect {
  const p = worldToScreen(v, r);
  return { x: p.x, y: p.y, width: r.width * v.scale, height: r.height * v.scale };
}

/** Zooms by `factor` keeping the canvas point under `screenPoint` where it is. */
export function zoomAt(v: Viewport, screenPoint: Point, factor: number): Viewport {
  const scale = clampScale(v.scale * factor);
  const world = screenToWorld(v, screenPoint);
  return { scale, x: screenPoint.x - world.x * scale, y: screenPoint.y - world.y * scale };
}

export function panBy(v: Viewport, dx: number, dy: number): Viewport {
  return { ...v, x: v.x + dx, y: v.y + dy };
}

/** Puts `centre` (canvas coordinates) in the middle of a stage of `size` at `scale`. */
export function fromCentre(centre: Point, scale: number, size: Size): Viewport {
  const s = clampScale(scale);
  return { scale: s, x: size.width / 2 - centre.x * s, y: size.height / 2 - centre.y * s };
}

export function centreOf(v: Viewport, size: Size): Point {
  return screenToWorld(v, { x: size.width / 2, y: size.height / 2 });
}

/** The whole of `bounds` in view with `padding` stage pixels around it, never above `maxScale`. */
export function fitBounds(bounds: Rect, size: Size, padding = 40, maxScale = FIT_MAX_SCALE): Viewport {
  const availW = Math.max(1, size.width - 2 * padding);
  const availH = Math.max(1, size.height - 2 * padding);
  const scale = clampScale(
    Math.min(maxScale, availW / Math.max(1, bounds.width), availH / Math.max(1, bounds.height)),
  );
  return fromCentre({ x: bounds.x + bounds.width / 2, y: bounds.y + bounds.height / 2 }, scale, size);
}

/**
 * Below this zoom even a card's large zoomed-out title (28 units) would be under the readable size
 * (`READABLE_PX`, 9 px): zoom to fit stops here rather than shrink a chart to an unreadable strip.
 */
export const FIT_READABLE_SCALE = 0.33;

export interface ChartFit {
  readonly viewport: Viewport;
  /** How many top levels are (at least partly) in view when the whole chart would not read; else null. */
  readonly levelsShown: number | null;
}

/**
 * Zoom to fit that stays readable. The whole chart when it fits at `FIT_READABLE_SCALE` or more;
 * else the most top levels that fit whole (`levels[k]`: the cards of level k + 1); else the top of the
 * chart at the readable zoom, centred on the top level, so the levels below run off the screen where
 * a pan or the overview map reaches them.
 */
export function fitChart(
  whole: Rect,
  levels: readonly Rect[],
  size: Size,
  direction: 'down' | 'right' = 'down',
  padding = 40,
): ChartFit {
  const all = fitBounds(whole, size, padding);
  if (all.scale >= FIT_READABLE_SCALE || levels.length === 0) return { viewport: all, levelsShown: null };
  let upTo = levels[0]!;
  let best: ChartFit | null = null;
  for (let k = 1; k < levels.length; k++) {
    upTo = union(upTo, levels[k]!);
    const fit = fitBounds(upTo, size, padding);
    if (fit.scale < FIT_READABLE_SCALE) break;
    best = { viewport: fit, levelsShown: k + 1 };
  }
  if (best) return best;
  const top = levels[0]!;
  const s = FIT_READABLE_SCALE;
  // Room above the top card for the notice that says only part of the chart is shown.
  const noticeRoom = 100;
  const viewport =
    direction === 'down'
      ? { scale: s, x: size.width / 2 - (top.x + top.width / 2) * s, y: noticeRoom - whole.y * s }
      : { scale: s, x: padding - whole.x * s, y: size.height / 2 - (top.y + top.height / 2) * s };
  const view = visibleWorldRect(viewport, size);
  const levelsShown = levels.filter((level) => overlaps(level, view)).length;
  return { viewport, levelsShown: Math.max(1, levelsShown) };
}

function union(a: Rect, b: Rect): Rect {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return {
    x,
    y,
    width: Math.max(a.x + a.width, b.x + b.width) - x,
    height: Math.max(a.y + a.height, b.y + b.height) - y,
  };
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && a.x + a.width > b.x && a.y < b.y + b.height && a.y + a.height > b.y;
}

/**
 * Brings `target` into view: centred, at the current scale if it fits, zoomed out just enough if it
 * does not, and zoomed in to a readable scale if the chart is so far out that the cards are specks.
 */
export function focusOn(v: Viewport, target: Rect, size: Size, padding = 60, readable = 0.6): Viewport {
  const fit = fitBounds(target, size, padding, MAX_SCALE);
  const scale = Math.min(fit.scale, Math.max(v.scale, readable));
  return fromCentre({ x: target.x + target.width / 2, y: target.y + target.height / 2 }, scale, size);
}

export function visibleWorldRect(v: Viewport, size: Size): Rect {
  const a = screenToWorld(v, { x: 0, y: 0 });
  return { x: a.x, y: a.y, width: size.width / v.scale, height: size.height / v.scale };
}

export interface WheelLike {
  readonly deltaX: number;
  readonly deltaY: number;
  readonly deltaMode: number;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
}

/**
 * Browsers report a trackpad pinch as a wheel event with ctrlKey, a two-finger scroll as small,
 * often fractional or sideways deltas in pixels, and a mouse wheel as large, whole, vertical steps
 * (or lines). Pinch and mouse wheel zoom; two-finger scroll pans.
 */
export function classifyWheel(e: WheelLike): 'zoom' | 'pan' {
  if (e.ctrlKey || e.metaKey) return 'zoom';
  if (e.deltaMode !== 0) return 'zoom';
  if (e.deltaX !== 0) return 'pan';
  const dy = Math.abs(e.deltaY);
  return Number.isInteger(e.deltaY) && dy >= 50 ? 'zoom' : 'pan';
}

/** A smooth factor: about 10 % per mouse-wheel notch, proportional for pinches. */
export function wheelZoomFactor(e: WheelLike): number {
  const pixels = e.deltaMode === 1 ? e.deltaY * 33 : e.deltaMode === 2 ? e.deltaY * 400 : e.deltaY;
  const step = e.ctrlKey ? pixels * 0.01 : pixels * 0.001;
  return Math.exp(-Math.max(-0.5, Math.min(0.5, step)));
}
