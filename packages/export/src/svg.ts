import { sceneText, sceneToSVG, type Design, type Scene } from '@orgcanvas/model';
import { fontCss } from './font/subset.js';
import { exportScene, type ExportOptions } from './scene.js';

export interface SvgExportOptions extends ExportOptions {
  /** Embed the glyphs used as WOFF2 (default), so the file looks the same without Chinese fonts. */
  readonly embedFont?: boolean;
}

/** A standalone SVG document of a scene, with its font subset embedded unless told not to. */
export async function sceneSVG(scene: Scene, embedFont = true): Promise<string> {
  const css = embedFont ? await fontCss(sceneText(scene)) : undefined;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${sceneToSVG(scene, css ? { css } : {})}\n`;
}

export async function exportSVG(design: Design, options: SvgExportOptions = {}): Promise<string> {
  return sceneSVG(await exportScene(design, options), options.embedFont ?? true);
}
