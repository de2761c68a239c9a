/**
 * Text measuring without a DOM, the same for canvas, SVG and PPTX, so a title is cut at the same
 * character everywhere. Widths are in ems and err wide: CJK ideographs and full-width forms are one em,
 * Latin letters about half. Real fonts then fit inside the estimate.
 */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += charWidth(ch.codePointAt(0) ?? 0);
  return em * fontSize * (bold ? 1.05 : 1);
}

function charWidth(cp: number): number {
  if (isWide(cp)) return 1;
  if (cp === 0x20) return 0.3;
  if (cp >= 0x30 && cp <= 0x39) return 0.56;
  if (cp >= 0x41 && cp <= 0x5a) return cp === 0x4d || cp === 0x57 ? 0.86 : 0.66;
  if (cp >= 0x61 && cp <= 0x7a) {
    if (cp === 0x69 || cp === 0x6a || cp === 0x6c) return 0.26;
    if (cp === 0x6d || cp === 0x77) return 0.84;
    return 0.56;
  }
  if ('.,;:!|\'"'.includes(String.fromCodePoint(cp))) return 0.3;
  if (cp === 0x2026) return 1;
  return 0.62;
}

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) || // CJK radicals, punctuation, kana, ideographs, Yi
    (cp >= 0xac00 && cp <= 0xd7a3) || // Hangul
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) || // full-width forms
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1faff) || // emoji
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

const ELLIPSIS = '…';

/**
 * Breaks `text` into at most `maxLines` lines of `maxWidth`, preferring spaces in Latin text and any
 * character boundary between CJK characters; the last line ends with "…" if text is left over.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  fontSize: number,
  maxLines: number,
  bold = false,
): { lines: string[]; truncated: boolean } {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  const lines: string[] = [];
  let i = 0;
  while (i < chars.length && lines.length < maxLines) {
    let end = i;
    let width = 0;
    while (end < chars.length) {
      const w = textWidth(chars[end]!, fontSize, bold);
      if (width + w > maxWidth && end > i) break;
      width += w;
      end++;
    }
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
  if (truncated && lines.length > 0) {
    lines[lines.length - 1] = fitWithEllipsis(lines[lines.length - 1]!, maxWidth, fontSize, bold);
  }
  return { lines, truncated };
}

export function fitWithEllipsis(text: string, maxWidth: number, fontSize: number, bold = false): string {
  const chars = [...text];
  const budget = maxWidth - textWidth(ELLIPSIS, fontSize, bold);
  let width = 0;
  let n = 0;
  while (n < chars.length && width + textWidth(chars[n]!, fontSize, bold) <= budget) {
    width += textWidth(chars[n]!, fontSize, bold);
    n++;
  }
  return `${chars.slice(0, n).join('').trimEnd()}${ELLIPSIS}`;
}

/** One line that fits, ellipsised if need be. */
export function fitLine(
  text: string,
  maxWidth: number,
  fontSize: number,
  bold = false,
): { text: string; truncated: boolean } {
  if (textWidth(text, fontSize, bold) <= maxWidth) return { text, truncated: false };
  return { text: fitWithEllipsis(text, maxWidth, fontSize, bold), truncated: true };
}
