/**
 * @orgcanvas/export: the design as SVG, PNG and PPTX, all drawn from the model's scene with text
 * measured from the font they embed or name. Node only (font files, resvg, zip).
 */
export { exportScene, layoutDesign, sceneOf, exportMeasure, type ExportOptions } from './scene.js';
export { exportSVG, sceneSVG, type SvgExportOptions } from './svg.js';
export { exportPNG, scenePNG, MAX_PNG_SIDE, type PngExportOptions } from './png.js';
export { exportPPTX, type DeckComparison, type DeckScenario, type PptxOptions } from './pptx/deck.js';
export type { CompareInput, CompareDiffEntry } from './pptx/compare.js';
export { fontMeasure } from './font/measure.js';
export { fontCss } from './font/subset.js';
export { faceFiles, mainFile, type Weight } from './font/faces.js';
