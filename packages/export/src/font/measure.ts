import { ESTIMATE_MEASURE, type TextMeasure } from '@orgcanvas/model';
import type { Font } from 'fontkit';
import { runsOf } from './fonts.js';

/** Sum of the glyphs' advances, in ems. Full shaping would cost seconds per chart for no change to CJK. */
function advance(font: Font, text: string): number {
  let units = 0;
  for (const ch of text) units += font.glyphForCodePoint(ch.codePointAt(0) ?? 0).advanceWidth;
  return units / font.unitsPerEm;
}

/**
 * Text widths from Noto Sans SC's own advances (read with fontkit),
 * the font the SVG embeds, the PNG renders with and the canvas loads. A character the font lacks is
 * measured by the model's wide estimate, so it still fits when a fallback font draws it.
 */
export function fontMeasure(): TextMeasure {
  const cache = new Map<string, number>();
  return {
    width(text, fontSize, bold) {
      const key = `${bold ? 'b' : 'n'}${text}`;
      let em = cache.get(key);
      if (em === undefined) {
        em = 0;
        for (const run of runsOf(text, bold ? 700 : 400)) {
          em += run.face ? advance(run.face.font, run.text) : ESTIMATE_MEASURE.width(run.text, 1, bold);
        }
        cache.set(key, em);
      }
      return em * fontSize;
    },
  };
}
