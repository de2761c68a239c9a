import { type Design, designIndex } from '@orgcanvas/model';

/** A move this user made recently, remembered to notice when a concurrent change undid it. */
export interface RecentMove {
  readonly roleId: string;
  readonly to: string | null;
  readonly at: number;
}

export type ConflictNotice =
  | {
      readonly kind: 'roleDeleted';
      readonly roleId: string;
      readonly title: string;
      readonly by: string | null;
    }
  | {
      readonly kind: 'moveRepaired';
      readonly roleId: string;
      readonly title: string;
      readonly manager: string | null;
    }
  | { readonly kind: 'unitDeleted'; readonly unitId: string; readonly name: string };

export interface Watched {
  /** Roles this user is working on: selected, being renamed or edited in the inspector. */
  readonly roles: readonly string[];
  readonly unit: string | null;
  readonly moves: readonly RecentMove[];
}

/**
 * What someone else's change did to this user's work, comparing the design before and after a remote
 * update: a role they were on is gone (and who probably removed it: a person who had it selected),
 * or a move they made no longer holds because the model repaired a concurrent cycle.
 */
export function detectConflicts(
  before: Design,
  after: Design,
  watched: Watched,
  whoHadSelected: (roleId: string) => string | null,
): ConflictNotice[] {
  const notices: ConflictNotice[] = [];
  // Nothing watched (the usual case for a remote edit): no need to index both designs.
  if (watched.roles.length === 0 && watched.moves.length === 0 && watched.unit === null) return notices;
  const old = designIndex(before).rolesById;
  const now = designIndex(after).rolesById;
  for (const id of new Set(watched.roles)) {
    const role = old.get(id);
    if (role && !now.has(id))
      notices.push({ kind: 'roleDeleted', roleId: id, title: role.title, by: whoHadSelected(id) });
  }
  for (const move of watched.moves) {
    const role = now.get(move.roleId);
    if (!role || role.reportsTo === move.to) continue;
    const wasHeld = old.get(move.roleId)?.reportsTo === move.to;
    if (!wasHeld) continue;
    notices.push({
      kind: 'moveRepaired',
      roleId: role.id,
      title: role.title,
      manager: role.reportsTo === null ? null : (now.get(role.reportsTo)?.title ?? null),
    });
  }
  if (watched.unit !== null) {
    const unit = before.units.find((entry) => entry.id === watched.unit);
    if (unit && !after.units.some((entry) => entry.id === unit.id))
      notices.push({ kind: 'unitDeleted', unitId: unit.id, name: unit.name });
  }
  return notices;
}
