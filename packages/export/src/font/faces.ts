import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The files of Noto Sans SC as the `@fontsource/noto-sans-sc` package ships them: one file with the
 * Simplified Chinese and Latin glyphs per weight, and the package's unicode-range slices (the same
 * ones the browser loads from its CSS) for characters outside it. Same font, same advances.
 */
export type Weight = 400 | 700;

export interface FaceFile {
  readonly path: string;
  /** Inclusive code point ranges; empty means "everything the file has" (the main file). */
  readonly ranges: readonly (readonly [number, number])[];
}

const require = createRequire(import.meta.url);
const packageDir = dirname(require.resolve('@fontsource/noto-sans-sc/package.json'));

const files = new Map<Weight, readonly FaceFile[]>();

/** The files of one weight, the main file first. */
export function faceFiles(weight: Weight): readonly FaceFile[] {
  let list = files.get(weight);
  if (!list) {
    list = [{ path: mainFile(weight), ranges: [] }, ...sliceFiles(weight)];
    files.set(weight, list);
  }
  return list;
}

export function mainFile(weight: Weight): string {
  return join(packageDir, 'files', `noto-sans-sc-chinese-simplified-${weight}-normal.woff2`);
}

/** The package's CSS for a weight, read for its `src` and `unicode-range` pairs. */
function sliceFiles(weight: Weight): FaceFile[] {
  const css = readFileSync(join(packageDir, `${weight}.css`), 'utf8');
  const out: FaceFile[] = [];
  for (const block of css.split('@font-face').slice(1)) {
    const src = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(block)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
    if (!src || !range) continue;
    out.push({ path: join(packageDir, 'files', src), ranges: parseRanges(range) });
  }
  return out;
}

function parseRanges(list: string): [number, number][] {
  return list.split(',').map((part) => {
    const [a, b] = part.trim().replace(/^U\+/i, '').split('-');
    const lo = parseInt(a!, 16);
    return [lo, b === undefined ? lo : parseInt(b, 16)];
  });
}

export function inRanges(cp: number, ranges: FaceFile['ranges']): boolean {
  return ranges.some(([lo, hi]) => cp >= lo && cp <= hi);
}
