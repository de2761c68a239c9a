import type { Design } from '@orgcanvas/model';

/** Nesting depth of every unit (units come parent-first, so one pass suffices). */
export function unitDepths(design: Design): Map<string, number> {
  const depth = new Map<string, number>();
  for (const unit of design.units)
    depth.set(unit.id, unit.parentId === null ? 0 : (depth.get(unit.parentId) ?? 0) + 1);
  return depth;
}

/** A unit and everything nested in it: what may not become its parent. */
export function unitAndDescendants(design: Design, id: string): Set<string> {
  const found = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const unit of design.units) {
      if (unit.parentId !== null && found.has(unit.parentId) && !found.has(unit.id)) {
        found.add(unit.id);
        grew = true;
      }
    }
  }
  return found;
}
