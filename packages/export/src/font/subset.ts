// Consumers type-check this file from their own projects, which do not include vendor.d.ts.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="../vendor.d.ts" />
import { convert } from 'fontverter';
import subsetFont from 'subset-font';
import { SCENE_FONT, type DrawnText } from '@orgcanvas/model';
import { runsOf, type LoadedFace } from './fonts.js';
import type { Weight } from './faces.js';

export interface FontSubset {
  readonly weight: Weight;
  readonly characters: string;
  readonly data: Buffer;
}

const sfntCache = new Map<LoadedFace, Promise<Buffer>>();

/** The face as plain OpenType: decompressing WOFF2 costs more than subsetting, so it is done once. */
function sfntOf(face: LoadedFace): Promise<Buffer> {
  let sfnt = sfntCache.get(face);
  if (!sfnt) {
    sfnt = convert(face.bytes, 'sfnt');
    sfntCache.set(face, sfnt);
  }
  return sfnt;
}

/** The glyphs of `text` only, one subset per face that draws some of them. */
export async function subsetFaces(text: DrawnText, format: 'woff2' | 'truetype'): Promise<FontSubset[]> {
  const out: FontSubset[] = [];
  for (const weight of [400, 700] as const) {
    const byFace = new Map<LoadedFace, Set<string>>();
    for (const run of runsOf(weight === 700 ? text.bold : text.regular, weight)) {
      if (!run.face) continue;
      const chars = byFace.get(run.face) ?? new Set<string>();
      for (const ch of run.text) chars.add(ch);
      byFace.set(run.face, chars);
    }
    for (const [face, chars] of byFace) {
      const characters = [...chars].sort().join('');
      out.push({
        weight,
        characters,
        data: await subsetFont(await sfntOf(face), characters, { targetFormat: format }),
      });
    }
  }
  return out;
}

/**
 * `@font-face` rules that carry the subsets inside the document. Each rule's unicode-range names its
 * characters, so a browser takes every glyph from the subset that has it.
 */
export function fontFaceCss(subsets: readonly FontSubset[]): string {
  return subsets
    .map((s) => {
      const range = [...s.characters].map((ch) => `U+${(ch.codePointAt(0) ?? 0).toString(16)}`).join(',');
      return `@font-face{font-family:'${SCENE_FONT}';font-weight:${s.weight};font-style:normal;src:url(data:font/woff2;base64,${s.data.toString('base64')}) format('woff2');unicode-range:${range};}`;
    })
    .join('\n');
}

/** The `@font-face` rules of a subset of exactly these characters: what a drawn file embeds. */
export async function fontCss(text: DrawnText): Promise<string> {
  return fontFaceCss(await subsetFaces(text, 'woff2'));
}
