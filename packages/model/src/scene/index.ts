// Scene: drawing primitives shared by the canvas, SVG and PPTX back ends, built from a design and
// its layout. Text is fitted here, once, so every back end cuts a title at the same character.
export * from './types.js';
export { buildScene, type SceneOptions } from './build.js';
export { dutyCount } from './card.js';
export { SCENE_MARGIN } from './decorations.js';
export { sceneToSVG, escapeXml, baselineOffset, type SvgOptions } from './svg.js';
export { sceneText, type DrawnText } from './drawnText.js';
export { DEFAULT_THEME, SCENE_FONT, type SceneTheme } from './theme.js';
export { SCENE_STRINGS, type SceneLocale, type SceneStrings } from './strings.js';
export { ESTIMATE_MEASURE, isWide, type TextMeasure } from './measure.js';
export { textWidth, wrapText, fitLine, styleOf, type TextStyle } from './text.js';
