import { ElkLayoutEngine } from './elk.js';
import { TidyLayoutEngine } from './tidy.js';
import type { LayoutEngine, LayoutEngineName } from './types.js';

/**
 * The default engine, chosen by `npm run bench`: the tidy tree lays out 10,000 roles in tens of
 * milliseconds where ELK takes over ten seconds, and re-lays out one edit in a few.
 */
export const DEFAULT_LAYOUT_ENGINE: LayoutEngineName = 'tidy';

/** A fresh engine by name; each keeps its own cache, so keep one per chart. */
export function createLayoutEngine(name: LayoutEngineName = DEFAULT_LAYOUT_ENGINE): LayoutEngine {
  return name === 'elk' ? new ElkLayoutEngine() : new TidyLayoutEngine();
}
