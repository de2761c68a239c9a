import { type Design, designIndex } from '@orgcanvas/model';
import type { Option } from './fields';

/**
 * Units as select options, indented by nesting so the hierarchy reads in a plain <select>. `allowed`
 * leaves out the units a rule refuses (a unit's own sub-units as its parent: `checkUnitMove`).
 */
export function unitOptions(
  design: Design,
  noneLabel: string,
  allowed?: (unitId: string) => boolean,
): Option[] {
  const { unitDepth } = designIndex(design);
  return [
    { value: '', label: noneLabel },
    ...design.units
      .filter((unit) => allowed?.(unit.id) ?? true)
      .map((unit) => ({
        value: unit.id,
        label: `${'\u2003'.repeat(unitDepth.get(unit.id) ?? 0)}${unit.name}`,
      })),
  ];
}
