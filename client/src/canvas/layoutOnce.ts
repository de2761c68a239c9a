import {
  DEFAULT_LAYOUT_ENGINE,
  createLayoutEngine,
  layoutInput,
  type Design,
  type LayoutOptions,
  type LayoutResult,
} from '@orgcanvas/model';

/**
 * One layout for a preview or an export, with the engine the canvas lays out with by default (the
 * tidy tree, fast enough for the main thread), so the result places every card where the canvas does.
 */
export function layoutOnce(
  design: Design,
  collapsed: ReadonlySet<string>,
  options?: LayoutOptions,
): Promise<LayoutResult> {
  return createLayoutEngine(DEFAULT_LAYOUT_ENGINE).layout(layoutInput(design, collapsed, options));
}
