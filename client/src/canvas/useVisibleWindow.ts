import { useState } from 'react';
import type { Rect, Scene, Size } from '@orgcanvas/model';
import { cullWindow } from './detail.js';
import { type Viewport, visibleWorldRect } from './viewport.js';

/** Above this many cards the static layer mounts only what is near the view. */
const CULL_ABOVE = 150;

/**
 * What part of the chart is in view, what part to mount (large orgs mount only the cards near the
 * view; small ones everything, once), and whether the overview map is wanted (`auto`: when the chart
 * does not fit the view).
 */
export function useVisibleWindow(
  scene: Scene | null,
  unitCount: number,
  viewport: Viewport,
  size: Size,
  minimap: 'auto' | 'always' | 'never',
): { visible: Rect; cull: Rect | null; showMinimap: boolean } {
  const visible = visibleWorldRect(viewport, size);
  const [kept, setKept] = useState<Rect | null>(null);
  const large = (scene?.cards.length ?? 0) > CULL_ABOVE;
  // Worked out while rendering, not in an effect after it: a chart that just grew large (expand all)
  // must not first mount every one of its cards for one commit, only to unmount most of them again.
  const cull = large && size.width > 0 ? cullWindow(visible, kept) : null;
  if (cull !== kept) setKept(cull);
  const b = scene?.bounds;
  const overflows =
    b !== undefined &&
    (b.x < visible.x ||
      b.y < visible.y ||
      b.x + b.width > visible.x + visible.width ||
      b.y + b.height > visible.y + visible.height);
  const showMinimap =
    scene !== null &&
    scene.cards.length + unitCount > 1 &&
    (minimap === 'always' || (minimap === 'auto' && overflows));
  return { visible, cull, showMinimap };
}
