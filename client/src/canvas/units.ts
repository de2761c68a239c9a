import type { Primitive, Scene } from '@orgcanvas/model';
import type { UnitBox } from './pointerMachine.js';

/** A unit frame or unit card as the canvas handles it, with the texts the scene draws on it. */
export interface ChartUnit extends UnitBox {
  readonly texts: readonly string[];
}

/** A scene whose layout placed unit frames and unit cards. */
type SceneWithUnits = Scene & { readonly units?: readonly DrawnUnit[] };

/** A drawn unit: where it is and its primitives, in unit-local coordinates like a role card's. */
export type DrawnUnit = Omit<UnitBox, 'name'> & {
  readonly name: string;
  readonly primitives: readonly Primitive[];
};

/** The scene's unit frames and unit cards, outermost first (drawn before lines and cards). */
export function drawnUnits(scene: Scene | null): readonly DrawnUnit[] {
  return (scene as SceneWithUnits | null)?.units ?? [];
}

/** The unit frames and unit cards of a scene, outermost first, as the pointer and the overlays see them. */
export function sceneUnitBoxes(scene: Scene | null): ChartUnit[] {
  return drawnUnits(scene).map((unit) => ({
    unitId: unit.unitId,
    kind: unit.kind,
    depth: unit.depth,
    name: unit.name,
    x: unit.x,
    y: unit.y,
    width: unit.width,
    height: unit.height,
    texts: unit.primitives.flatMap((p) => (p.kind === 'text' ? [p.fullText] : [])),
  }));
}
