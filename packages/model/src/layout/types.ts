import type { Id } from '../types.js';

/** How a manager's reports are arranged. Inherited by the whole branch unless a descendant overrides it. */
export type BranchStyle = 'wide' | 'stacked' | 'condensed';
export type LayoutDirection = 'down' | 'right';

export interface LayoutOptions {
  readonly direction: LayoutDirection;
  /** Keyed by manager role id. */
  readonly branchStyle: Readonly<Record<string, BranchStyle>>;
}

export interface Size {
  readonly width: number;
  readonly height: number;
}

/** Cards have one fixed size so that a title edit never moves anything. */
export const CARD_SIZE: Size = Object.freeze({ width: 200, height: 84 });

/** One visible role, as much of it as layout depends on. */
export interface LayoutRole {
  readonly id: Id;
  /** The visible manager, or null for a top-level role. */
  readonly parentId: Id | null;
  readonly assistant: boolean;
  /** The effective style of this role's reports (its own choice or its nearest ancestor's). */
  readonly style: BranchStyle;
}

/**
 * Everything a layout depends on and nothing else: plain data, so it can be posted to a worker and
 * hashed into a key. Titles, colours and counts are deliberately absent.
 */
export interface LayoutInput {
  readonly direction: LayoutDirection;
  readonly card: Size;
  /** Visible roles, depth first, siblings in the user's order. */
  readonly roles: readonly LayoutRole[];
  /** Dotted-line relations between visible roles: `from` is the dotted-line manager. */
  readonly dotted: readonly { readonly from: Id; readonly to: Id }[];
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface LayoutNode extends Rect {
  readonly id: Id;
}

export interface LayoutEdge {
  readonly id: string;
  readonly from: Id;
  readonly to: Id;
  /** An orthogonal polyline from the manager's card to the report's card. */
  readonly points: readonly Point[];
  readonly dotted: boolean;
}

export interface LayoutResult {
  readonly nodes: readonly LayoutNode[];
  readonly edges: readonly LayoutEdge[];
  readonly bounds: Rect;
}

/** One interface so a faster engine for very large designs can replace ELK without touching callers. */
export interface LayoutEngine {
  layout(input: LayoutInput): Promise<LayoutResult>;
}
