import type { Id } from '../types.js';
import type { Point, Rect } from '../layout/types.js';

/**
 * Level of detail: `near` primitives are the full card, `far` ones replace the details with a large
 * title when the canvas is zoomed out. Exports draw `near` (and primitives with no `lod`).
 */
export type Lod = 'near' | 'far';

interface PrimitiveBase {
  readonly lod?: Lod;
}

export interface RectPrimitive extends PrimitiveBase {
  readonly kind: 'rect';
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly fill: string | null;
  readonly stroke: string | null;
  readonly strokeWidth: number;
  readonly dash: readonly number[] | null;
  readonly radius: number;
}

/** One line of text, already fitted: `text` ends with "…" when `fullText` did not fit `maxWidth`. */
export interface TextPrimitive extends PrimitiveBase {
  readonly kind: 'text';
  /** Left of the text box and top of the line box. */
  readonly x: number;
  readonly y: number;
  readonly maxWidth: number;
  readonly text: string;
  readonly fullText: string;
  readonly fontSize: number;
  readonly fontWeight: 'normal' | 'bold';
  readonly fill: string;
  readonly align: 'left' | 'center' | 'right';
}

export interface PolylinePrimitive extends PrimitiveBase {
  readonly kind: 'polyline';
  readonly points: readonly Point[];
  readonly stroke: string;
  readonly strokeWidth: number;
  readonly dash: readonly number[] | null;
}

/** A pill with a short label; `action` says what clicking it does on an interactive back end. */
export interface BadgePrimitive extends PrimitiveBase {
  readonly kind: 'badge';
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly text: string;
  readonly fontSize: number;
  readonly fill: string;
  readonly stroke: string | null;
  readonly textFill: string;
  readonly action: { readonly type: 'toggleCollapse'; readonly roleId: Id } | null;
}

export type Primitive = RectPrimitive | TextPrimitive | PolylinePrimitive | BadgePrimitive;

/** A role card: primitives in card-local coordinates, so a back end can move the card as one piece. */
export interface SceneCard extends Rect {
  readonly roleId: Id;
  readonly primitives: readonly Primitive[];
  /** The full title, for a tooltip when the drawn one is cut short. */
  readonly title: string;
  readonly titleTruncated: boolean;
  /** The role's unit, and its colour (the card's stripe; a minimap or far zoom draws it alone). */
  readonly unitId: Id | null;
  readonly unitColor: string;
}

export interface SceneLine {
  readonly id: string;
  readonly from: Id;
  readonly to: Id;
  readonly primitive: PolylinePrimitive;
}

/** A unit box the layout placed (frames and unit cards); the shape is the layout's own. */
export type { LayoutUnitBox } from '../layout/types.js';
import type { LayoutUnitBox } from '../layout/types.js';

/** A unit frame or unit card, primitives in unit-local coordinates like a role card's. */
export interface SceneUnit extends LayoutUnitBox {
  readonly name: string;
  readonly color: string;
  readonly primitives: readonly Primitive[];
}

export interface LegendEntry {
  readonly unitId: Id;
  readonly name: string;
  readonly color: string;
}

export interface Scene {
  /** Everything drawn: the chart and, when asked for, the title, date and legend around it. */
  readonly bounds: Rect;
  /** The chart alone (cards, lines, units), as the layout placed it. */
  readonly chartBounds: Rect;
  readonly background: string;
  readonly fontFamily: string;
  /** Drawn first, outermost frames first. */
  readonly units: readonly SceneUnit[];
  readonly lines: readonly SceneLine[];
  readonly cards: readonly SceneCard[];
  /** The units of the visible roles, in the design's unit order. */
  readonly legend: readonly LegendEntry[];
  /** Title, date and legend, laid out around the chart in scene coordinates (empty unless asked). */
  readonly decorations: readonly Primitive[];
}
