// Scene: drawing primitives shared by the canvas, SVG and PPTX back ends, built from a design and
// its layout. Text is fitted here, once, so every back end cuts a title at the same character.
export * from './types.js';
export { buildScene, dutyCount, type SceneOptions } from './build.js';
export { sceneToSVG, escapeXml } from './svg.js';
export { DEFAULT_THEME, type SceneTheme } from './theme.js';
export { SCENE_STRINGS, type SceneLocale } from './strings.js';
export { textWidth, wrapText, fitLine } from './text.js';
