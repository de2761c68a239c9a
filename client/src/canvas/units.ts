import type { Scene, SceneUnit } from '@orgcanvas/model';
import type { UnitBox } from './pointerMachine.js';

/** A unit frame or unit card as the canvas handles it, with the texts the scene draws on it. */
export interface ChartUnit extends UnitBox {
  readonly texts: readonly string[];
}

/** The scene's unit frames and unit cards, outermost first (drawn before lines and cards). */
export function drawnUnits(scene: Scene | null): readonly SceneUnit[] {
  return scene?.units ?? [];
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
