/**
 * The outline of a laid-out subtree, slice by slice along the flow: between `br[i]` and `br[i + 1]`
 * everything it draws lies across the flow between `lo[i]` and `hi[i]` (an empty slice has
 * lo = +Infinity, hi = -Infinity). Its length grows with the subtree's depth, not its size, which is
 * what keeps placing siblings next to each other linear in the size of the chart.
 */
export interface Contour {
  readonly br: readonly number[];
  readonly lo: readonly number[];
  readonly hi: readonly number[];
}

export function rectContour(start: number, end: number, lo: number, hi: number): Contour {
  return { br: [start, end], lo: [lo], hi: [hi] };
}

function startOf(c: Contour): number {
  return c.br[0]!;
}

export function endOf(c: Contour): number {
  return c.br[c.br.length - 1]!;
}

/** The smallest and largest across-flow coordinate anything in the contour reaches. */
export function spanOf(c: Contour): { lo: number; hi: number } {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < c.lo.length; i++) {
    if (c.lo[i]! < lo) lo = c.lo[i]!;
    if (c.hi[i]! > hi) hi = c.hi[i]!;
  }
  return { lo, hi };
}

/**
 * Walks the slices of `a` and of `b` (shifted by `da` along and `dc` across) together, calling `visit`
 * once per stretch where neither changes.
 */
function sweep(
  a: Contour,
  b: Contour,
  da: number,
  dc: number,
  visit: (from: number, to: number, aLo: number, aHi: number, bLo: number, bHi: number) => void,
): void {
  const na = a.lo.length;
  const nb = b.lo.length;
  let i = 0;
  let j = 0;
  let pos = Math.min(startOf(a), startOf(b) + da);
  const end = Math.max(endOf(a), endOf(b) + da);
  while (pos < end) {
    while (i < na && a.br[i + 1]! <= pos) i++;
    while (j < nb && b.br[j + 1]! + da <= pos) j++;
    const inA = i < na && a.br[i]! <= pos;
    const inB = j < nb && b.br[j]! + da <= pos;
    let next = end;
    if (i < na) next = Math.min(next, inA ? a.br[i + 1]! : a.br[i]!);
    if (j < nb) next = Math.min(next, inB ? b.br[j + 1]! + da : b.br[j]! + da);
    visit(
      pos,
      next,
      inA ? a.lo[i]! : Infinity,
      inA ? a.hi[i]! : -Infinity,
      inB ? b.lo[j]! + dc : Infinity,
      inB ? b.hi[j]! + dc : -Infinity,
    );
    pos = next;
  }
}

/** Everything in `a` and in `b` shifted by (`da`, `dc`), as one contour. */
export function unionContours(a: Contour, b: Contour, da: number, dc: number): Contour {
  const br: number[] = [];
  const lo: number[] = [];
  const hi: number[] = [];
  sweep(a, b, da, dc, (from, to, aLo, aHi, bLo, bHi) => {
    const l = Math.min(aLo, bLo);
    const h = Math.max(aHi, bHi);
    const last = lo.length - 1;
    if (last >= 0 && lo[last] === l && hi[last] === h) {
      br[br.length - 1] = to;
      return;
    }
    if (br.length === 0) br.push(from);
    br.push(to);
    lo.push(l);
    hi.push(h);
  });
  return { br, lo, hi };
}

/**
 * How far across `b` must move so that, wherever both have something at the same point along the
 * flow, `b` starts at least `gap` after `a` ends. -Infinity when they never share a slice.
 */
export function separation(a: Contour, b: Contour, gap: number): number {
  let need = -Infinity;
  sweep(a, b, 0, 0, (_from, _to, _aLo, aHi, bLo) => {
    if (aHi > -Infinity && bLo < Infinity) need = Math.max(need, aHi - bLo + gap);
  });
  return need;
}
