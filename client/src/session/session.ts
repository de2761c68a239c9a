import type * as Y from 'yjs';
import {
  type LocalOrigin,
  type ModelError,
  type Operation,
  type OperationOutcome,
  type Result,
  applyOperation,
  createUndoManager,
  localOrigin,
} from '@orgcanvas/model';

/** Refused before it reached the model: the session is view-only. */
export const VIEW_ONLY_ERROR: ModelError = {
  code: 'invalid-value',
  path: '',
  message: 'View only: you cannot change this scenario.',
  messageZh: '只读：你不能修改此方案。',
};

export type ApplyResult = Result<OperationOutcome> & { readonly viewOnly?: boolean };

/**
 * One user's editing session on one scenario doc: the one local origin every operation carries and
 * the undo manager that tracks only that origin, so Ctrl+Z never undoes someone else's work.
 */
export class EditorSession {
  readonly origin: LocalOrigin;
  readonly undoManager: Y.UndoManager;
  private readOnlyFlag: boolean;
  private readonly listeners = new Set<() => void>();
  private readonly appliedListeners = new Set<(op: Operation) => void>();

  constructor(
    readonly doc: Y.Doc,
    options: { userId: string; readOnly: boolean },
  ) {
    this.origin = localOrigin(options.userId);
    this.undoManager = createUndoManager(doc, this.origin);
    this.readOnlyFlag = options.readOnly;
  }

  get readOnly(): boolean {
    return this.readOnlyFlag;
  }

  /** The server can demote a session (a view token's "permission denied: read-only" message). */
  setReadOnly(readOnly: boolean): void {
    if (readOnly === this.readOnlyFlag) return;
    this.readOnlyFlag = readOnly;
    for (const listener of this.listeners) listener();
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Called after each operation this session applied successfully (conflict notices watch moves). */
  onApplied(listener: (op: Operation) => void): () => void {
    this.appliedListeners.add(listener);
    return () => this.appliedListeners.delete(listener);
  }

  apply(op: Operation): ApplyResult {
    if (this.readOnlyFlag) return { ok: false, error: VIEW_ONLY_ERROR, viewOnly: true };
    const result = applyOperation(this.doc, op, this.origin);
    if (result.ok) for (const listener of this.appliedListeners) listener(op);
    return result;
  }

  /** Several operations as one undo step (e.g. deleting a multi-selection). */
  applyAll(ops: readonly Operation[]): ApplyResult[] {
    if (this.readOnlyFlag) return ops.map(() => ({ ok: false, error: VIEW_ONLY_ERROR, viewOnly: true }));
    this.undoManager.stopCapturing();
    const results = ops.map((op) => {
      const result = applyOperation(this.doc, op, this.origin);
      if (result.ok) for (const listener of this.appliedListeners) listener(op);
      return result;
    });
    this.undoManager.stopCapturing();
    return results;
  }

  /**
   * Applies `op` into this session's last undo step instead of a new one, so a role just created and
   * the title first typed into it undo together however long the typing took. Y.UndoManager merges a
   * change into its last step while `lastChange` is recent; the caller knows that step is the creation.
   */
  applyJoined(op: Operation): ApplyResult {
    if (this.undoManager.canUndo()) this.undoManager.lastChange = Date.now();
    return this.apply(op);
  }

  /**
   * Takes back this session's last step and leaves nothing to redo: a creation cancelled (Tab, then
   * Escape) is as if it never happened. Starts the next step afresh.
   */
  discardLastStep(): boolean {
    if (this.readOnlyFlag || !this.undoManager.canUndo()) return false;
    this.undoManager.undo();
    // The step undone is the only one on the redo stack (a new change had cleared it).
    this.undoManager.clear(false, true);
    this.undoManager.stopCapturing();
    return true;
  }

  undo(): boolean {
    if (this.readOnlyFlag || !this.undoManager.canUndo()) return false;
    this.undoManager.undo();
    return true;
  }

  redo(): boolean {
    if (this.readOnlyFlag || !this.undoManager.canRedo()) return false;
    this.undoManager.redo();
    return true;
  }

  destroy(): void {
    this.undoManager.destroy();
    this.listeners.clear();
    this.appliedListeners.clear();
  }
}
