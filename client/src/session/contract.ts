import type { Point } from '@orgcanvas/model';

/**
 * What the editor kernel and the views agree on: the canvas, the outline and presence all speak these
 * types, and the kernel defines them so no view has to import another.
 */

/** Someone else in the scenario, as the views draw them (presence data comes from awareness). */
export interface PeerPresence {
  readonly clientId: number;
  readonly name: string;
  readonly color: string;
  /** Canvas coordinates. */
  readonly pointer?: Point;
  readonly selection: readonly string[];
  readonly editingRoleId?: string;
}

/** Whether a move may happen, and why not: asked while a card or an outline row is dragged. */
export type CanReparent = { ok: true } | { ok: false; reason: string };

export interface ViewportInfo {
  readonly centre: Point;
  readonly scale: number;
  /** `user` for pans and zooms by this user (which end follow mode), `request` for the app's own. */
  readonly source: 'user' | 'request';
}
