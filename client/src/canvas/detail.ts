import type { Primitive, Rect } from '@orgcanvas/model';

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

/**
 * The smallest text the canvas draws, in screen pixels. Smaller text is not drawn at all: the level of
 * detail drops it (a card's subtitle first, then badge labels, then titles) rather than show a smudge.
 */
export const READABLE_PX = 9;

/** Whether text of `fontSize` (canvas units) reads at `scale`. */
export function readable(fontSize: number, scale: number): boolean {
  return fontSize * scale >= READABLE_PX - 1e-9;
}

/**
 * The smallest font size of `sizes` that reads at `scale` (Infinity when none does). The static layer
 * takes this instead of the scale, so cards are drawn again only when a size crosses the line, not
 * on every step of a zoom.
 */
export function minReadableFont(scale: number, sizes: readonly number[]): number {
  let min = Infinity;
  for (const size of sizes) if (readable(size, scale) && size < min) min = size;
  return min;
}

/** Every font size a scene's cards use, smallest first. */
export function fontSizesOf(cards: readonly { readonly primitives: readonly Primitive[] }[]): number[] {
  const sizes = new Set<number>();
  for (const card of cards)
    for (const p of card.primitives) if (p.kind === 'text' || p.kind === 'badge') sizes.add(p.fontSize);
  return [...sizes].sort((a, b) => a - b);
}

/** Whether a card primitive is drawn at this level of detail (its shape; a badge's label is apart). */
export function primitiveShown(p: Primitive, detail: Detail, minFont: number): boolean {
  if (p.lod !== undefined && p.lod !== detail) return false;
  return p.kind !== 'text' || p.fontSize >= minFont;
}

/** Whether a badge's label is drawn: the badge itself stays (it is still a button), its text may not. */
export function badgeLabelShown(p: Primitive, minFont: number): boolean {
  return p.kind === 'badge' && p.fontSize >= minFont;
}

/**
 * The on-screen sizes of the text drawn on the cards (role cards, unit frames and unit cards) that
 * touch `view`, at `scale`: what the browser
 * tests read through the test hook to check that nothing unreadable is drawn.
 */
export function drawnTextSizes(
  cards: readonly (Rect & { readonly primitives: readonly Primitive[] })[],
  detail: Detail,
  scale: number,
  view: Rect,
): number[] {
  if (detail === 'min') return [];
  const minFont = minReadableFont(scale, fontSizesOf(cards));
  const sizes: number[] = [];
  for (const card of cards) {
    if (!intersects(card, view)) continue;
    for (const p of card.primitives) {
      if (!primitiveShown(p, detail, minFont)) continue;
      if (p.kind === 'text' && p.text !== '') sizes.push(p.fontSize * scale);
      if (p.kind === 'badge' && badgeLabelShown(p, minFont) && p.text !== '') sizes.push(p.fontSize * scale);
    }
  }
  return sizes;
}
