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
  /** The role's unit (department), or null; it decides which unit frames hold the card. */
  readonly unitId: Id | null;
  /** The user collapsed this role's branch: nothing hangs below it, unit cards included. */
  readonly collapsed: boolean;
}

/** A unit as layout sees it: where it sits in the unit tree, and whether any role belongs to it. */
export interface LayoutUnit {
  readonly id: Id;
  readonly parentId: Id | null;
  /** True when some role of the design (visible or collapsed away) belongs to this unit. */
  readonly hasRoles: boolean;
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
  /** Every unit of the design, parents before children. */
  readonly units: readonly LayoutUnit[];
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

/**
 * A unit (department) on the chart, in canvas units like the cards.
 * - `frame`: a box around the cards of one connected group of the unit's roles (a role of the unit
 *   and the reports under it that stay in the unit or in units nested in it). A unit whose roles sit in
 *   several places of the reporting tree gets one frame per group, each with the same `unitId`.
 *   Frames only nest: two frames either do not overlap or one holds the other, and no card of
 *   another branch is inside a frame. `depth` is the nesting depth (0 = outermost), so drawing in
 *   increasing depth paints outer frames first.
 * - `card`: a unit none of whose roles exist gets a card of its own, the size of a role card (name and
 *   responsibilities are the scene's business). Unit cards hang below the card of their parent unit,
 *   or below the first visible role of a parent unit that has roles, so a design with units only
 *   reads as a department chart. `depth` is the unit's depth in the unit tree.
 */
export interface LayoutUnitBox extends Rect {
  readonly unitId: Id;
  readonly kind: 'frame' | 'card';
  readonly depth: number;
}

/** A line to a unit card: from its parent unit's card (`fromUnit`) or from a role (`!fromUnit`). */
export interface LayoutUnitEdge {
  readonly id: string;
  readonly from: Id;
  readonly fromUnit: boolean;
  /** The unit whose card the line arrives at. */
  readonly to: Id;
  readonly points: readonly Point[];
}

export interface LayoutResult {
  /** Role cards. */
  readonly nodes: readonly LayoutNode[];
  /** Reporting and dotted lines between role cards. */
  readonly edges: readonly LayoutEdge[];
  /** Unit frames and unit cards. */
  readonly units: readonly LayoutUnitBox[];
  /** Lines to unit cards. */
  readonly unitEdges: readonly LayoutUnitEdge[];
  /** Everything above, cards, frames and line bends. */
  readonly bounds: Rect;
}

/** One interface for every engine, so callers choose by name (see `layoutEngine`). */
export interface LayoutEngine {
  layout(input: LayoutInput): Promise<LayoutResult>;
}

/** An engine that answers at once; the tidy-tree engine is one, ELK (asynchronous) is not. */
export interface SyncLayoutEngine extends LayoutEngine {
  layoutSync(input: LayoutInput): LayoutResult;
}

export type LayoutEngineName = 'tidy' | 'elk';
