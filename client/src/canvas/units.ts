import type { Scene } from '@orgcanvas/model';
import type { UnitBox } from './pointerMachine.js';

/** A scene whose layout placed unit frames and unit cards. */
type SceneWithUnits = Scene & { readonly units?: readonly (Omit<UnitBox, 'name'> & { name: string })[] };

/** The unit frames and unit cards of a scene as the pointer and the highlight see them. */
export function sceneUnitBoxes(scene: Scene | null): UnitBox[] {
  return ((scene as SceneWithUnits | null)?.units ?? []).map((unit) => ({
    unitId: unit.unitId,
    kind: unit.kind,
    depth: unit.depth,
    name: unit.name,
    x: unit.x,
    y: unit.y,
    width: unit.width,
    height: unit.height,
  }));
}
