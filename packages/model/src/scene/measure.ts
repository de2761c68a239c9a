/**
 * How wide a line of text is drawn, in the same units as its font size. The scene fits every title
 * with one of these, so a back end that measures with the font it draws with (the export's font
 * file, the canvas's loaded web font) never overflows a card. The model itself has no font: its
 * fallback estimate errs wide, so a real font then fits inside it.
 */
export interface TextMeasure {
  width(text: string, fontSize: number, bold: boolean): number;
}

/** Ems per character, without a font: CJK and full-width forms are one em, Latin about half. */
export const ESTIMATE_MEASURE: TextMeasure = {
  width(text, fontSize, bold) {
    let em = 0;
    for (const ch of text) em += charWidth(ch.codePointAt(0) ?? 0);
    return em * fontSize * (bold ? 1.05 : 1);
  },
};

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

/** East Asian wide characters: line breaks may fall between any two of them. */
export function isWide(cp: number): boolean {
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
