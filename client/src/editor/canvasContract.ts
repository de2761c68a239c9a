/**
 * The canvas's public types, imported as types only: the canvas module itself is loaded lazily by
 * CanvasSlot, so the outline and inspector never wait for Konva and elkjs. Requests for more props
 * go to client/CANVAS_REQUESTS.md.
 */
export type {
  OrgCanvasProps,
  OrgCanvasHandle,
  PeerPresence,
  Verdict as CanReparent,
  ViewportInfo,
  LayoutStatus,
} from '../canvas';
