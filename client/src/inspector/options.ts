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
  return [{ value: '', label: noneLabel }, ...unitEntries(design, allowed)];
}

function unitEntries(design: Design, allowed?: (unitId: string) => boolean, group?: string): Option[] {
  const { unitDepth } = designIndex(design);
  return design.units
    .filter((unit) => allowed?.(unit.id) ?? true)
    .map((unit) => ({
      value: unit.id,
      label: `${'\u2003'.repeat(unitDepth.get(unit.id) ?? 0)}${unit.name}`,
      ...(group === undefined ? {} : { group }),
    }));
}

export interface RecipientLabels {
  /** The empty choice, e.g. "Report to: None". */
  readonly none: string;
  readonly untitled: string;
  readonly roles: string;
  readonly units: string;
}

/**
 * Whom a work item reports to: any role or unit but the item's owner (the model accepts both, see
 * `item.update`), under their own headings, each by its title or name. The current recipient always
 * stays in the list, even the owner itself (another client or an import may have written it), so the
 * select never shows a raw id; `readDesign` already reads a recipient that is gone as none.
 */
export function recipientOptions(
  design: Design,
  ownerId: string,
  current: string | null,
  labels: RecipientLabels,
): Option[] {
  const offered = (id: string) => id !== ownerId || id === current;
  const roles = design.roles
    .filter((role) => offered(role.id))
    .map((role) => ({ value: role.id, label: role.title || labels.untitled, group: labels.roles }));
  return [{ value: '', label: labels.none }, ...roles, ...unitEntries(design, offered, labels.units)];
}
