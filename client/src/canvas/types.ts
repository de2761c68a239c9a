import type { Ref } from 'react';
import type { BranchStyle, Design, LayoutDirection, Point } from '@orgcanvas/model';
import type { CanReparent, PeerPresence, ViewportInfo } from '../session/contract.js';

export type { PeerPresence, ViewportInfo };

export type LayoutStatus = 'idle' | 'running' | 'failed-kept-last';

export type Verdict = CanReparent;

/** Toolbar actions. */
export interface OrgCanvasHandle {
  fitToScreen(): void;
  zoomToSelection(): void;
  /** Zooms around the middle of the canvas; >1 zooms in. */
  zoomBy(factor: number): void;
  getViewport(): { centre: Point; scale: number };
}

export interface OrgCanvasProps {
  readonly design: Design;
  readonly locale: 'zh' | 'en';
  readonly readOnly: boolean;
  readonly selection: readonly string[];
  onSelectionChange(ids: string[]): void;
  onReparent(roleId: string, newManagerId: string | null): void;
  canReparent(roleId: string, newManagerId: string | null): Verdict;
  onRename(roleId: string): void;
  readonly collapsed: ReadonlySet<string>;
  onToggleCollapse(roleId: string): void;
  readonly searchHits: readonly string[];
  /** Roles outlined in a colour of their own (the compare view marks added, moved, changed roles). */
  readonly marks?: readonly { readonly roleId: string; readonly colour: string }[];
  readonly focusRequest?: { readonly roleIds: readonly string[]; readonly nonce: number };
  readonly layoutOptions: {
    readonly direction: LayoutDirection;
    readonly branchStyle: Readonly<Record<string, BranchStyle>>;
  };
  readonly presence?: readonly PeerPresence[];
  onPointerMove?(point: Point | null): void;
  readonly viewportRequest?: { readonly centre: Point; readonly scale: number; readonly nonce: number };
  onViewportChange?(v: ViewportInfo): void;
  onLayoutStatus?(s: LayoutStatus): void;
  /** Background drag draws a selection band instead of panning (shift-drag always does). */
  readonly dragMode?: 'pan' | 'select';
  /** The overview map: shown when the chart does not fit the view (`auto`, the default). */
  readonly minimap?: 'auto' | 'always' | 'never';
  /** Layout deadline in milliseconds before the worker is stopped (default 8000). */
  readonly layoutDeadlineMs?: number;
  readonly ref?: Ref<OrgCanvasHandle>;
}
