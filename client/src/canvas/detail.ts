import type { Rect } from '@orgcanvas/model';

/**
 * How much of a card to draw at a zoom: everything; only a large title (the scene's `far` level);
 * or, when even that would be a smudge, just the card and its unit colour. Text is what costs most
 * to draw, so the coarser levels also keep large orgs fluid when zoomed out.
 */
export type Detail = 'near' | 'far' | 'min';

export const FAR_BELOW = 0.6;
export const MIN_BELOW = 0.28;

export function detailFor(scale: number): Detail {
  return scale >= FAR_BELOW ? 'near' : scale >= MIN_BELOW ? 'far' : 'min';
}

function inside(inner: Rect, outer: Rect): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}

/**
 * The part of the chart to mount: the visible rectangle with half a screen to spare on every side,
 * kept as long as the view stays inside it, so panning re-renders the cards only now and then.
 */
export function cullWindow(visible: Rect, current: Rect | null): Rect {
  if (current && inside(visible, current) && current.width <= visible.width * 3) return current;
  return {
    x: visible.x - visible.width / 2,
    y: visible.y - visible.height / 2,
    width: visible.width * 2,
    height: visible.height * 2,
  };
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.x <= b.x + b.width && a.x + a.width >= b.x && a.y <= b.y + b.height && a.y + a.height >= b.y;
}
