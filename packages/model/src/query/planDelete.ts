import type { Design, Id } from '../types.js';
import { designIndex } from './designIndex.js';

/** What becomes of one deleted role: its direct reports that stay move up to `newManagerId`. */
export interface DeleteStep {
  readonly roleId: Id;
  readonly title: string;
  /** Direct reports that are not deleted themselves, in sibling order. */
  readonly movedReports: readonly Id[];
  /** The nearest manager above that survives the delete, or null: the reports become top-level. */
  readonly newManagerId: Id | null;
}

/**
 * What deleting `ids` does, before it happens. Deleting never loses people: each deleted role's
 * reports move up to the nearest manager that is not deleted too. `role.delete` follows this plan, so
 * the confirmation dialog cannot promise something else. Unknown ids are left out.
 */
export function planDelete(design: Design, ids: readonly Id[]): DeleteStep[] {
  const { rolesById } = designIndex(design);
  const deleting = new Set(ids);
  const survivor = (id: Id | null): Id | null => {
    const seen = new Set<Id>();
    let current = id;
    while (current !== null && deleting.has(current) && !seen.has(current)) {
      seen.add(current);
      current = rolesById.get(current)?.reportsTo ?? null;
    }
    return current !== null && deleting.has(current) ? null : current;
  };
  const steps: DeleteStep[] = [];
  const planned = new Set<Id>();
  for (const id of ids) {
    const role = rolesById.get(id);
    if (!role || planned.has(id)) continue;
    planned.add(id);
    steps.push({
      roleId: id,
      title: role.title,
      movedReports: role.subordinates.filter((sub) => !deleting.has(sub)),
      newManagerId: survivor(role.reportsTo),
    });
  }
  return steps;
}
