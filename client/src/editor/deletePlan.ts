import type { Design } from '@orgcanvas/model';
import { rolesById } from './tree';

/** What becomes of one deleted role's reports: the model moves them up to its manager. */
export interface DeleteConsequence {
  readonly title: string;
  readonly subordinates: readonly string[];
  /** The manager they move to, or null when they become top-level roles. */
  readonly newManager: string | null;
}

/**
 * Describes a delete before it happens. When several selected roles are nested, a report moves to
 * the nearest manager that survives, as the model does when the deletes run one after another.
 */
export function deleteConsequences(design: Design, ids: readonly string[]): DeleteConsequence[] {
  const byId = rolesById(design);
  const deleting = new Set(ids);
  const survivingManager = (id: string | null): string | null => {
    let current = id;
    while (current !== null && deleting.has(current)) current = byId.get(current)?.reportsTo ?? null;
    return current;
  };
  return ids.flatMap((id) => {
    const role = byId.get(id);
    if (!role) return [];
    const subordinates = role.subordinates
      .filter((sub) => !deleting.has(sub))
      .map((sub) => byId.get(sub)?.title ?? sub);
    const manager = survivingManager(role.reportsTo);
    return [
      {
        title: role.title,
        subordinates,
        newManager: manager === null ? null : (byId.get(manager)?.title ?? null),
      },
    ];
  });
}
