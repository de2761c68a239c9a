import type {
  Cadence,
  Collaborator,
  DesignNote,
  Id,
  Pay,
  ResponsibilityArea,
  Role,
  Unit,
  UnitKind,
  WorkItem,
} from '../types.js';

/**
 * Ids in a change are a's ids: a role or unit matched across the two designs is named by its id in
 * a, with `roleIdInB` / `unitIdInB` when b calls it differently (designs that did not come from one
 * another). What b adds keeps b's id, which by construction is free in a. Every value a change
 * carries (`before` from a, `after` from b) uses the same ids, so it can be applied to a as it is.
 */
interface RoleChangeBase {
  /** Stable across recomputations: kind and id, so a selection survives a live update. */
  readonly key: string;
  readonly roleId: Id;
  readonly roleIdInB?: Id;
  /** The role's title in b (in a when it was removed), for lists. */
  readonly title: string;
}

interface UnitChangeBase {
  readonly key: string;
  readonly unitId: Id;
  readonly unitIdInB?: Id;
  readonly name: string;
}

interface ValueChange<T> {
  readonly before: T;
  readonly after: T;
}

/** What a role says beyond structure, pay and duties; compared and carried over field by field. */
export const ROLE_DETAILS = [
  'purpose',
  'workingTime',
  'notes',
  'externalParties',
  'additionalDuties',
  'internalCollaborators',
] as const;
export type RoleDetail = (typeof ROLE_DETAILS)[number];

export interface DetailChange {
  readonly field: RoleDetail;
  readonly before: string | readonly string[] | readonly Collaborator[];
  readonly after: string | readonly string[] | readonly Collaborator[];
}

export const UNIT_DETAILS = ['kind', 'color', 'notes'] as const;
export type UnitDetail = (typeof UNIT_DETAILS)[number];

/** The pay of a role as compared: the amounts and whether it has no pay in this design. */
export type PayState = Pay & { readonly noPay: boolean };

/** One difference inside a list of responsibility areas (a role's duties or a unit's). */
export type DutyChange =
  | {
      readonly type: 'area-added';
      readonly area: ResponsibilityArea;
      readonly index: number;
    }
  | { readonly type: 'area-removed'; readonly areaId: Id; readonly title: string }
  | { readonly type: 'area-renamed'; readonly areaId: Id; readonly before: string; readonly after: string }
  | { readonly type: 'item-added'; readonly areaId: Id; readonly item: WorkItem; readonly index: number }
  | { readonly type: 'item-removed'; readonly areaId: Id; readonly itemId: Id; readonly text: string }
  | ({ readonly type: 'item-edited'; readonly areaId: Id; readonly itemId: Id } & ValueChange<string>)
  | ({
      readonly type: 'item-cadence-changed';
      readonly areaId: Id;
      readonly itemId: Id;
    } & ValueChange<Cadence | null>)
  | ({
      readonly type: 'item-time-changed';
      readonly areaId: Id;
      readonly itemId: Id;
    } & ValueChange<string | null>)
  | ({
      readonly type: 'item-recipient-changed';
      readonly areaId: Id;
      readonly itemId: Id;
    } & ValueChange<Id | null>);

export type RoleChange =
  | (RoleChangeBase & {
      readonly kind: 'added';
      /** b's role with its references in a's ids; `subordinates` is b's, for information only. */
      readonly role: Role;
      /** Place among its siblings in b. */
      readonly index: number;
    })
  | (RoleChangeBase & { readonly kind: 'removed' })
  | (RoleChangeBase & { readonly kind: 'moved'; readonly index: number } & ValueChange<Id | null>)
  | (RoleChangeBase & { readonly kind: 'moved-unit' } & ValueChange<Id | null>)
  | (RoleChangeBase & { readonly kind: 'renamed' } & ValueChange<string>)
  | (RoleChangeBase & { readonly kind: 'headcount-changed' } & ValueChange<number>)
  | (RoleChangeBase & { readonly kind: 'optional-changed' } & ValueChange<boolean>)
  | (RoleChangeBase & { readonly kind: 'assistant-changed' } & ValueChange<boolean>)
  | (RoleChangeBase & { readonly kind: 'duties-changed'; readonly duties: readonly DutyChange[] })
  | (RoleChangeBase & { readonly kind: 'pay-changed' } & ValueChange<PayState>)
  | (RoleChangeBase & {
      readonly kind: 'dotted-lines-changed';
      readonly added: readonly Id[];
      readonly removed: readonly Id[];
    })
  | (RoleChangeBase & { readonly kind: 'details-changed'; readonly fields: readonly DetailChange[] });

export type UnitChange =
  | (UnitChangeBase & { readonly kind: 'unit-added'; readonly unit: Unit; readonly index: number })
  | (UnitChangeBase & { readonly kind: 'unit-removed' })
  | (UnitChangeBase & { readonly kind: 'unit-renamed' } & ValueChange<string>)
  | (UnitChangeBase & {
      readonly kind: 'unit-reparented';
      readonly index: number;
    } & ValueChange<Id | null>)
  | (UnitChangeBase & { readonly kind: 'unit-coefficient-changed' } & ValueChange<number | null>)
  | (UnitChangeBase & {
      readonly kind: 'unit-details-changed';
      readonly fields: readonly {
        readonly field: UnitDetail;
        readonly before: string | UnitKind;
        readonly after: string | UnitKind;
      }[];
    })
  | (UnitChangeBase & { readonly kind: 'unit-duties-changed'; readonly duties: readonly DutyChange[] });

export type NoteChange =
  | { readonly key: string; readonly kind: 'note-added'; readonly noteId: Id; readonly note: DesignNote }
  | { readonly key: string; readonly kind: 'note-removed'; readonly noteId: Id; readonly title: string }
  | ({
      readonly key: string;
      readonly kind: 'note-changed';
      readonly noteId: Id;
      readonly title: string;
    } & ValueChange<Omit<DesignNote, 'id'>>);

export type Change = UnitChange | RoleChange | NoteChange;
export type ChangeKind = Change['kind'];

/** Orgvue's terms for a role against the baseline. */
export type RoleStatus = 'new' | 'changed' | 'closed' | 'unchanged';

export interface RoleSummary {
  readonly roleId: Id;
  readonly roleIdInB?: Id;
  readonly title: string;
  readonly status: RoleStatus;
}

export interface DesignDiff {
  /** Units first (outline order of b, then what a alone has), then roles likewise, then notes. */
  readonly changes: readonly Change[];
  /** Every role of either design once, in the same order. */
  readonly roles: readonly RoleSummary[];
}
