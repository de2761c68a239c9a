import { layoutInput, layoutKey, type Design, type LayoutOptions, type LayoutResult } from '@orgcanvas/model';
import { LayoutRunner } from './layoutRunner.js';

/**
 * One layout off the main thread, for a preview or an export: the same worker the canvas lays out
 * with (and the same ELK input), so the result is the canvas's layout. Keeps ELK out of the page's
 * own bundle.
 */
export function layoutOnce(
  design: Design,
  collapsed: ReadonlySet<string>,
  options?: LayoutOptions,
): Promise<LayoutResult> {
  const input = layoutInput(design, collapsed, options);
  return new Promise((resolve, reject) => {
    const runner = new LayoutRunner((update) => {
      if (update.result) {
        runner.dispose();
        resolve(update.result);
      } else if (update.status === 'failed-kept-last') {
        runner.dispose();
        reject(new Error('the layout did not finish'));
      }
    });
    runner.request(layoutKey(input), input);
  });
}
