import type { Design } from '@orgcanvas/model';
import type { LayoutOptions } from './editorState';

/**
 * The props the editor passes to the canvas engineer's `OrgCanvas` (client/src/canvas). The editor
 * owns all of this state; the canvas draws it and reports gestures. Requests for more go to
 * client/CANVAS_REQUESTS.md.
 */
export interface PeerPresence {
  readonly clientId: number;
  readonly name: string;
  readonly color: string;
  readonly pointer?: { readonly x: number; readonly y: number };
  readonly selection: readonly string[];
  readonly editingRoleId?: string;
}

export interface Viewport {
  readonly centre: { readonly x: number; readonly y: number };
  readonly scale: number;
}

export type CanReparent = { ok: true } | { ok: false; reason: string };

export interface OrgCanvasProps {
  design: Design;
  locale: 'zh' | 'en';
  readOnly: boolean;
  selection: readonly string[];
  onSelectionChange(ids: string[]): void;
  onReparent(roleId: string, newManagerId: string | null): void;
  canReparent(roleId: string, newManagerId: string | null): CanReparent;
  onRename(roleId: string): void;
  collapsed: ReadonlySet<string>;
  onToggleCollapse(roleId: string): void;
  searchHits: readonly string[];
  focusRequest?: { roleIds: string[]; nonce: number };
  layoutOptions: LayoutOptions;
  presence?: readonly PeerPresence[];
  onPointerMove?(point: { x: number; y: number } | null): void;
  viewportRequest?: Viewport & { nonce: number };
  onViewportChange?(viewport: Viewport): void;
}
