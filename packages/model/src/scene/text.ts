import { ESTIMATE_MEASURE, isWide, type TextMeasure } from './measure.js';

/** The font-less estimate (see `ESTIMATE_MEASURE`), for callers that draw outside the scene. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  return ESTIMATE_MEASURE.width(text, fontSize, bold);
}

const ELLIPSIS = '…';

/** Text of one size and weight, measured by one measure: what every fitting function needs. */
export interface TextStyle {
  readonly fontSize: number;
  readonly bold: boolean;
  readonly measure: TextMeasure;
}

export function styleOf(fontSize: number, bold = false, measure: TextMeasure = ESTIMATE_MEASURE): TextStyle {
  return { fontSize, bold, measure };
}

const widthOf = (text: string, s: TextStyle): number => s.measure.width(text, s.fontSize, s.bold);

/**
 * Breaks `text` into at most `maxLines` lines of `maxWidth`, preferring spaces in Latin text and any
 * character boundary between CJK characters; the last line ends with "…" if text is left over.
 * Lines are measured whole, so kerning and the font's own spacing count.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  style: TextStyle,
  maxLines: number,
): { lines: string[]; truncated: boolean } {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  const lines: string[] = [];
  let i = 0;
  while (i < chars.length && lines.length < maxLines) {
    let end = i + 1;
    while (end < chars.length && widthOf(chars.slice(i, end + 1).join(''), style) <= maxWidth) end++;
    if (end < chars.length && lines.length < maxLines - 1) {
      // Break at the last space when the line cuts a Latin word in two.
      const space = chars.lastIndexOf(' ', end);
      if (space > i && !isWide(chars[end]!.codePointAt(0) ?? 0)) end = space + 1;
    }
    lines.push(chars.slice(i, end).join('').trim());
    i = end;
    while (chars[i] === ' ') i++;
  }
  const truncated = i < chars.length;
  const last = lines.length - 1;
  if (last >= 0 && (truncated || widthOf(lines[last]!, style) > maxWidth)) {
    lines[last] = fitWithEllipsis(lines[last]!, maxWidth, style);
  }
  return { lines, truncated };
}

function fitWithEllipsis(text: string, maxWidth: number, style: TextStyle): string {
  const chars = [...text];
  let n = chars.length;
  const cut = (k: number) => `${chars.slice(0, k).join('').trimEnd()}${ELLIPSIS}`;
  while (n > 0 && widthOf(cut(n), style) > maxWidth) n--;
  return cut(n);
}

/** One line that fits, ellipsised if need be. */
export function fitLine(
  text: string,
  maxWidth: number,
  style: TextStyle,
): { text: string; truncated: boolean } {
  if (widthOf(text, style) <= maxWidth) return { text, truncated: false };
  return { text: fitWithEllipsis(text, maxWidth, style), truncated: true };
}
