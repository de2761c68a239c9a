import type { Operation } from '@orgcanvas/model';
import type { Command } from './commands';
import type { CanReparent } from './contract';
import type { ApplyResult } from './session';

/** What the panels may ask of the editor: every change goes through here to a typed operation. */
export interface EditorActions {
  apply(op: Operation): ApplyResult;
  run(command: Command): void;
  addRoot(): void;
  addSubordinate(managerId: string | null): void;
  addSibling(roleId: string): void;
  rename(roleId: string, title: string): void;
  /** The title field was left with Escape: a role created just before and not named is taken back. */
  cancelRename(roleId: string): void;
  requestDelete(ids: readonly string[]): void;
  confirmDelete(): void;
  reparent(roleId: string, managerId: string | null): void;
  canReparent(roleId: string, managerId: string | null): CanReparent;
  undo(): void;
  redo(): void;
}
