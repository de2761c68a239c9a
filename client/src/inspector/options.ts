import type { Design } from '@orgcanvas/model';
import type { Option } from './fields';

/** Units as select options, indented by nesting so the hierarchy reads in a plain <select>. */
export function unitOptions(design: Design, noneLabel: string, exclude?: ReadonlySet<string>): Option[] {
  const depth = new Map<string, number>();
  for (const unit of design.units)
    depth.set(unit.id, unit.parentId === null ? 0 : (depth.get(unit.parentId) ?? 0) + 1);
  return [
    { value: '', label: noneLabel },
    ...design.units
      .filter((unit) => !exclude?.has(unit.id))
      .map((unit) => ({ value: unit.id, label: `${'\u2003'.repeat(depth.get(unit.id) ?? 0)}${unit.name}` })),
  ];
}
