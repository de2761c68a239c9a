import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import { faceFiles, inRanges, type FaceFile, type Weight } from './faces.js';

/** A loaded font file: its bytes (for subsetting) and fontkit's view of it (for metrics). */
export interface LoadedFace {
  readonly file: FaceFile;
  readonly bytes: Buffer;
  readonly font: fontkit.Font;
}

const loaded = new Map<string, LoadedFace>();

function load(file: FaceFile): LoadedFace {
  let face = loaded.get(file.path);
  if (!face) {
    const bytes = readFileSync(file.path);
    const font = fontkit.create(bytes);
    if (!('layout' in font)) throw new Error(`${file.path} is a font collection, not one font`);
    face = { file, bytes, font };
    loaded.set(file.path, face);
  }
  return face;
}

/**
 * The face that draws a character in a weight: the main file when it has the glyph, else the slice
 * whose unicode-range covers it (the browser's choice too), else null (no file of the family has it).
 */
export function faceFor(cp: number, weight: Weight): LoadedFace | null {
  const [main, ...slices] = faceFiles(weight);
  const primary = load(main!);
  if (primary.font.hasGlyphForCodePoint(cp)) return primary;
  for (const file of slices) {
    if (!inRanges(cp, file.ranges)) continue;
    const face = load(file);
    if (face.font.hasGlyphForCodePoint(cp)) return face;
  }
  return null;
}

/** Splits text into runs that one face draws; characters no face has come with `face: null`. */
export function runsOf(text: string, weight: Weight): { text: string; face: LoadedFace | null }[] {
  const runs: { text: string; face: LoadedFace | null }[] = [];
  for (const ch of text) {
    const face = faceFor(ch.codePointAt(0) ?? 0, weight);
    const last = runs[runs.length - 1];
    if (last && last.face === face) runs[runs.length - 1] = { text: last.text + ch, face };
    else runs.push({ text: ch, face });
  }
  return runs;
}
