import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg, type RenderedImage } from '@resvg/resvg-js';
import { sceneText, sceneToSVG, type Design, type Scene } from '@orgcanvas/model';
import { subsetFaces } from './font/subset.js';
import { exportScene, type ExportOptions } from './scene.js';

export interface PngExportOptions extends ExportOptions {
  /** Pixels per scene unit: 1, 2 or 3 (default 2, sharp on a high-density screen). */
  readonly scale?: number;
}

/** Above this many pixels a side, resvg's buffer no longer fits comfortably in memory. */
export const MAX_PNG_SIDE = 16_000;

/**
 * A PNG of a scene through resvg, a real SVG renderer, with the very glyphs the SVG embeds (as
 * TrueType subsets: resvg reads no WOFF2) and no system font, so every machine renders it the same.
 */
export async function scenePNG(scene: Scene, scale = 2): Promise<Buffer> {
  return (await renderScene(scene, scale)).asPng();
}

/** The rendered image itself (its RGBA pixels too), for callers that look at what was drawn. */
export async function renderScene(scene: Scene, scale = 2): Promise<RenderedImage> {
  const svg = sceneToSVG(scene);
  const side = Math.max(scene.bounds.width, scene.bounds.height) * scale;
  const zoom = side > MAX_PNG_SIDE ? (scale * MAX_PNG_SIDE) / side : scale;
  const dir = await mkdtemp(join(tmpdir(), 'orgcanvas-png-'));
  try {
    const subsets = await subsetFaces(sceneText(scene), 'truetype');
    const fontFiles = await Promise.all(
      subsets.map(async (s, i) => {
        const file = join(dir, `face-${i}.ttf`);
        await writeFile(file, s.data);
        return file;
      }),
    );
    const resvg = new Resvg(svg, {
      fitTo: { mode: 'zoom', value: zoom },
      // The family's name inside these files ("Noto Sans SC Thin" for every weight; the weight
      // class tells them apart), so text that names the family finds it.
      font: { loadSystemFonts: false, fontFiles, defaultFontFamily: 'Noto Sans SC Thin' },
    });
    return resvg.render();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function exportPNG(design: Design, options: PngExportOptions = {}): Promise<Buffer> {
  return scenePNG(await exportScene(design, options), options.scale ?? 2);
}
