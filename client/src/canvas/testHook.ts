import type { Rect } from '@orgcanvas/model';

/** What browser tests may ask the canvas: where a card is on the page, to drag it with the mouse. */
export interface OrgCanvasTestHook {
  /** The card's rectangle in client (page viewport) coordinates, or null if the role is not drawn. */
  cardRect(roleId: string): Rect | null;
  /**
   * Unit frames and unit cards as drawn: which unit, its name, the texts drawn on it (name, duty count)
   * and its rectangle in client coordinates.
   */
  units(): { unitId: string; kind: 'frame' | 'card'; name: string; texts: string[]; rect: Rect }[];
  /** The visible role ids, in layout order. */
  visibleRoles(): string[];
  /** The current zoom. */
  scale(): number;
  /** The on-screen size in pixels of every text drawn on the cards in view (nothing below readable). */
  textSizes(): number[];
  /** Other people as the canvas draws them: pointer in canvas coordinates, selected roles. */
  peers(): { name: string; color: string; pointer: { x: number; y: number } | null; selection: string[] }[];
  /**
   * What the chart's static layer last drew: how many role cards its scene had and at what zoom, and
   * when (`performance.now()`); null before the first draw. Lets a benchmark wait for a real draw.
   */
  lastDraw(): { roles: number; scale: number; at: number } | null;
  /** Moves the view so that these role cards or unit boxes are on screen (a test's way of scrolling). */
  reveal(roleIds: readonly string[]): void;
}

declare global {
  interface Window {
    __orgCanvas?: OrgCanvasTestHook;
    /**
     * The explicit switch for the hook: the browser tests set it before the app loads (an init script
     * in e2e/src/browser.ts). An ordinary visit never has it, so the app exposes nothing extra.
     */
    __orgCanvasTestHookEnabled?: boolean;
  }
}

/** Installs the hook when the page asked for it, and returns how to remove it again. */
export function installTestHook(hook: OrgCanvasTestHook): () => void {
  if (typeof window === 'undefined' || window.__orgCanvasTestHookEnabled !== true) return () => {};
  window.__orgCanvas = hook;
  return () => {
    if (window.__orgCanvas === hook) delete window.__orgCanvas;
  };
}
