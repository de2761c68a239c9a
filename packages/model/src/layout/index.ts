// Layout of a design: what it depends on (`layoutInput`, `layoutKey`) and the engine behind one
// interface (`ElkLayoutEngine` today; a faster engine for very large designs may join it).
export * from './types.js';
export { DEFAULT_LAYOUT_OPTIONS, layoutInput, layoutKey, hiddenCounts } from './input.js';
export { ElkLayoutEngine } from './elk.js';
export { boundsOf, rectsOverlap, unionRects } from './geometry.js';
