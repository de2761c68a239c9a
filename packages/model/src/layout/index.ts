// Layout of a design: what it depends on (`layoutInput`, `layoutKey`) and the engines behind one
// interface: the tidy tree (default, synchronous, incremental) and ELK.
export * from './types.js';
export { DEFAULT_LAYOUT_OPTIONS, layoutInput, layoutKey, hiddenCounts } from './input.js';
export { ElkLayoutEngine } from './elk.js';
export { TidyLayoutEngine } from './tidy.js';
export { DEFAULT_LAYOUT_ENGINE, createLayoutEngine } from './engines.js';
export { boundsOf, rectsOverlap, unionRects } from './geometry.js';
