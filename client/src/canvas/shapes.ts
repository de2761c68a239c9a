import type { Primitive, Scene } from '@orgcanvas/model';
import type { Detail } from './detail.js';

/**
 * What Konva draws for a primitive, as plain shape configs: the canvas renders these, and a test
 * checks them against what the SVG writer draws for the same scene.
 */
export type ShapeSpec =
  | {
      readonly type: 'rect';
      readonly x: number;
      readonly y: number;
      readonly width: number;
      readonly height: number;
      readonly cornerRadius: number;
      readonly fill: string | undefined;
      readonly stroke: string | undefined;
      readonly strokeWidth: number;
      readonly dash: number[] | undefined;
    }
  | {
      readonly type: 'text';
      readonly x: number;
      readonly y: number;
      readonly width: number;
      readonly text: string;
      readonly fontSize: number;
      readonly fontStyle: 'bold' | 'normal';
      readonly fill: string;
      readonly align: 'left' | 'center' | 'right';
    }
  | {
      readonly type: 'line';
      readonly points: number[];
      readonly stroke: string;
      readonly strokeWidth: number;
      readonly dash: number[] | undefined;
    };

/** One primitive as shapes, offset by (dx, dy): a card's or unit's primitives are local to it. */
export function shapesOf(p: Primitive, dx = 0, dy = 0): ShapeSpec[] {
  switch (p.kind) {
    case 'rect':
      return [
        {
          type: 'rect',
          x: p.x + dx,
          y: p.y + dy,
          width: p.width,
          height: p.height,
          cornerRadius: p.radius,
          fill: p.fill ?? undefined,
          stroke: p.stroke ?? undefined,
          strokeWidth: p.strokeWidth,
          dash: p.dash ? [...p.dash] : undefined,
        },
      ];
    case 'text':
      return [
        {
          type: 'text',
          x: p.x + dx,
          y: p.y + dy,
          width: p.maxWidth,
          text: p.text,
          fontSize: p.fontSize,
          fontStyle: p.fontWeight,
          fill: p.fill,
          align: p.align,
        },
      ];
    case 'polyline':
      return [
        {
          type: 'line',
          points: p.points.flatMap((q) => [q.x + dx, q.y + dy]),
          stroke: p.stroke,
          strokeWidth: p.strokeWidth,
          dash: p.dash ? [...p.dash] : undefined,
        },
      ];
    case 'badge':
      return [
        {
          type: 'rect',
          x: p.x + dx,
          y: p.y + dy,
          width: p.width,
          height: p.height,
          cornerRadius: p.height / 2,
          fill: p.fill,
          stroke: p.stroke ?? undefined,
          strokeWidth: p.stroke ? 1.5 : 0,
          dash: undefined,
        },
        {
          type: 'text',
          x: p.x + dx,
          y: p.y + dy + (p.height - p.fontSize) / 2 + 0.5,
          width: p.width,
          text: p.text,
          fontSize: p.fontSize,
          fontStyle: 'normal',
          fill: p.textFill,
          align: 'center',
        },
      ];
  }
}

/** Whether a card primitive shows at a level of detail (primitives without one always do). */
export function visibleAt(p: Primitive, detail: Detail): boolean {
  return p.lod === undefined || p.lod === detail;
}

/** Everything the static layer draws for a scene, in its order, in scene coordinates. */
export function sceneShapes(scene: Scene, detail: Detail): ShapeSpec[] {
  return [
    ...scene.units.flatMap((u) => u.primitives.flatMap((p) => shapesOf(p, u.x, u.y))),
    ...scene.lines.flatMap((l) => shapesOf(l.primitive)),
    ...scene.cards.flatMap((c) =>
      c.primitives.filter((p) => visibleAt(p, detail)).flatMap((p) => shapesOf(p, c.x, c.y)),
    ),
    ...scene.decorations.flatMap((p) => shapesOf(p)),
  ];
}
