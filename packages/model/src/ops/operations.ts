import type { Cadence, Collaborator, Design, NoteKind, Pay, UnitKind } from '../types.js';

/** Who holds a list of responsibility areas: a role's duties or a unit's responsibilities. */
export interface Owner {
  readonly kind: 'role' | 'unit';
  readonly id: string;
}

/** A value of a role's list field: a text (external party, additional duty) or a collaborator. */
export type ListEntryValue = string | Collaborator;

/** The list fields of a role that change one entry at a time (`list.*` operations). */
export type ListFieldName = 'externalParties' | 'additionalDuties' | 'internalCollaborators';

export interface RolePatch {
  readonly title?: string;
  readonly unitId?: string | null;
  readonly headcount?: number;
  readonly optional?: boolean;
  readonly assistant?: boolean;
  readonly purpose?: string;
  readonly workingTime?: string;
  readonly notes?: string;
  readonly externalParties?: readonly string[];
  readonly additionalDuties?: readonly string[];
  readonly internalCollaborators?: readonly Collaborator[];
  readonly pay?: Partial<Pay>;
  readonly noPay?: boolean;
}

export interface UnitPatch {
  readonly name?: string;
  readonly kind?: UnitKind;
  readonly color?: string;
  readonly performanceCoefficient?: number | null;
  readonly notes?: string;
}

export interface ItemPatch {
  readonly text?: string;
  readonly cadence?: Cadence | null;
  readonly time?: string | null;
  readonly recipient?: string | null;
}

export interface NotePatch {
  readonly kind?: NoteKind;
  readonly title?: string;
  readonly text?: string;
  readonly date?: string | null;
}

/** Every change a user can make to a design. Each is applied in one transaction by `applyOperation`. */
export type Operation =
  | { readonly type: 'design.rename'; readonly name: string }
  | { readonly type: 'design.describe'; readonly description: string }
  | { readonly type: 'design.replace'; readonly design: Design }
  | {
      readonly type: 'role.create';
      readonly id?: string;
      readonly title: string;
      readonly unitId?: string | null;
      readonly reportsTo?: string | null;
      readonly index?: number;
    }
  | { readonly type: 'role.update'; readonly id: string; readonly patch: RolePatch }
  | {
      readonly type: 'role.move';
      readonly id: string;
      readonly reportsTo: string | null;
      readonly index?: number;
    }
  | { readonly type: 'role.reorder'; readonly id: string; readonly index: number }
  | { readonly type: 'role.delete'; readonly id: string }
  | { readonly type: 'role.addDottedLine'; readonly id: string; readonly to: string }
  | { readonly type: 'role.removeDottedLine'; readonly id: string; readonly to: string }
  | {
      readonly type: 'unit.create';
      readonly id?: string;
      readonly name: string;
      readonly parentId?: string | null;
      readonly kind?: UnitKind;
      readonly color?: string;
      readonly index?: number;
    }
  | { readonly type: 'unit.update'; readonly id: string; readonly patch: UnitPatch }
  | {
      readonly type: 'unit.move';
      readonly id: string;
      readonly parentId: string | null;
      readonly index?: number;
    }
  | { readonly type: 'unit.delete'; readonly id: string }
  | {
      readonly type: 'area.add';
      readonly owner: Owner;
      readonly id?: string;
      readonly title: string;
      readonly index?: number;
    }
  | { readonly type: 'area.update'; readonly owner: Owner; readonly areaId: string; readonly title: string }
  | { readonly type: 'area.move'; readonly owner: Owner; readonly areaId: string; readonly index: number }
  | { readonly type: 'area.delete'; readonly owner: Owner; readonly areaId: string }
  | {
      readonly type: 'item.add';
      readonly owner: Owner;
      readonly areaId: string;
      readonly id?: string;
      readonly index?: number;
      readonly text: string;
      readonly cadence?: Cadence | null;
      readonly time?: string | null;
      readonly recipient?: string | null;
    }
  | {
      readonly type: 'item.update';
      readonly owner: Owner;
      readonly areaId: string;
      readonly itemId: string;
      readonly patch: ItemPatch;
    }
  | {
      readonly type: 'item.move';
      readonly owner: Owner;
      readonly areaId: string;
      readonly itemId: string;
      readonly index: number;
    }
  | { readonly type: 'item.delete'; readonly owner: Owner; readonly areaId: string; readonly itemId: string }
  | {
      readonly type: 'note.add';
      readonly id?: string;
      readonly kind?: NoteKind;
      readonly title: string;
      readonly text?: string;
      readonly date?: string | null;
    }
  | { readonly type: 'note.update'; readonly id: string; readonly patch: NotePatch }
  | { readonly type: 'note.delete'; readonly id: string }
  /* One entry of a role's list field, addressed by its place in the list as read (`Role[field]`). */
  | {
      readonly type: 'list.add';
      readonly id: string;
      readonly field: ListFieldName;
      readonly value: ListEntryValue;
      readonly index?: number;
    }
  | {
      readonly type: 'list.edit';
      readonly id: string;
      readonly field: ListFieldName;
      readonly index: number;
      readonly value: ListEntryValue;
    }
  | {
      readonly type: 'list.remove';
      readonly id: string;
      readonly field: ListFieldName;
      readonly index: number;
    }
  | {
      readonly type: 'list.move';
      readonly id: string;
      readonly field: ListFieldName;
      readonly index: number;
      readonly to: number;
    };

export type OperationType = Operation['type'];

/** What an applied operation reports back: the id of what it created, if anything. */
export interface OperationOutcome {
  readonly id?: string;
}
