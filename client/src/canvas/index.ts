// The org chart canvas (react-konva). The app mounts `OrgCanvas`; toolbar buttons use its handle.
export { OrgCanvas } from './OrgCanvas.js';
export type {
  OrgCanvasProps,
  OrgCanvasHandle,
  PeerPresence,
  LayoutStatus,
  Verdict,
  ViewportInfo,
} from './types.js';
export type { OrgCanvasTestHook } from './testHook.js';
export type { UnitEdits } from './UnitPanel.js';
export { CANVAS_STRINGS, type CanvasLocale } from './strings.js';
