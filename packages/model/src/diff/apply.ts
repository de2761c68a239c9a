import * as Y from 'yjs';
import { applyOperation } from '../ops/apply.js';
import type { Operation } from '../ops/operations.js';
import type { TransactionOrigin } from '../ops/origin.js';
import { readDesign } from '../read/readDesign.js';
import type { ModelError, Result } from '../result.js';
import { missingReferences, nowOf, staleness } from './check.js';
import { PHASES, operationsFor } from './steps.js';
import type { Change, DesignDiff } from './types.js';

/** Which changes of a diff to carry over: every one, or those with these keys. */
export type Selection = 'all' | Iterable<string>;

export interface Applied {
  /** Keys of the changes carried over, in the order given. */
  readonly applied: readonly string[];
}

class Failed extends Error {
  constructor(readonly error: ModelError) {
    super(error.message);
  }
}

/**
 * Carries the chosen differences of b into a's doc through the typed operations, as ONE transaction
 * with the caller's origin, so it is one undoable change that everyone receives at once. Nothing is
 * written unless every chosen change still applies: a change whose target someone edited since the
 * diff was made, or that needs a change not chosen, is refused with the reason (`path` is its key).
 *
 * The operations run first on a scratch copy of the doc, because a Yjs transaction cannot roll back
 * and an operation may refuse only once earlier ones ran (a partial set of moves can form a cycle).
 * An undo manager merges edits within its capture timeout: call its `stopCapturing()` before and after.
 */
export function applyChanges(
  doc: Y.Doc,
  diff: DesignDiff | readonly Change[],
  selection: Selection,
  origin: TransactionOrigin,
): Result<Applied, readonly ModelError[]> {
  const all = 'changes' in diff ? diff.changes : diff;
  const wanted = selection === 'all' ? null : new Set(selection);
  const selected = all.filter((change) => wanted === null || wanted.has(change.key));
  const now = nowOf(readDesign(doc));
  const refusals = [
    ...selected.map((change) => staleness(change, now)).filter((error) => error !== null),
    ...missingReferences(selected, all, now),
  ];
  if (refusals.length > 0) return { ok: false, error: refusals };
  if (selected.length === 0) return { ok: true, value: { applied: [] } };

  // Once the checks above pass, only moves can still be refused (a partial set of them can close a
  // cycle), so only a selection with moves is tried on a scratch copy first.
  if (selected.some((change) => change.kind === 'moved' || change.kind === 'unit-reparented')) {
    const scratch = new Y.Doc();
    Y.applyUpdate(scratch, Y.encodeStateAsUpdate(doc));
    try {
      run(scratch, selected, origin);
    } catch (error) {
      if (error instanceof Failed) return { ok: false, error: [error.error] };
      throw error;
    } finally {
      scratch.destroy();
    }
  }
  try {
    doc.transact(() => run(doc, selected, origin), origin);
  } catch (error) {
    // Not expected after the checks; said plainly rather than hidden, with what was written kept.
    if (error instanceof Failed) return { ok: false, error: [error.error] };
    throw error;
  }
  return { ok: true, value: { applied: selected.map((change) => change.key) } };
}

function run(doc: Y.Doc, changes: readonly Change[], origin: TransactionOrigin): void {
  for (const phase of PHASES) {
    const ordered = phase === 'removal' ? [...changes].reverse() : changes;
    const steps = mergeUpdates(
      ordered.flatMap((change) => operationsFor(change, phase).map((op) => ({ key: change.key, op }))),
    );
    for (const { key, op } of steps) {
      const result = applyOperation(doc, op, origin);
      if (!result.ok) throw new Failed({ ...result.error, path: key });
    }
  }
}

/**
 * One `role.update` per role instead of one per changed field (a rename, a headcount and a pay change
 * of one role are one operation): each operation re-reads the design, which large orgs feel.
 */
function mergeUpdates(steps: readonly Step[]): Step[] {
  const merged: Step[] = [];
  const updateOf = new Map<string, number>();
  for (const step of steps) {
    if (step.op.type !== 'role.update') {
      merged.push(step);
      continue;
    }
    const at = updateOf.get(step.op.id);
    const earlier = at === undefined ? undefined : merged[at];
    if (earlier === undefined || earlier.op.type !== 'role.update') {
      updateOf.set(step.op.id, merged.length);
      merged.push(step);
      continue;
    }
    const pay =
      earlier.op.patch.pay || step.op.patch.pay
        ? { ...earlier.op.patch.pay, ...step.op.patch.pay }
        : undefined;
    merged[at!] = {
      key: earlier.key,
      op: {
        type: 'role.update',
        id: step.op.id,
        patch: { ...earlier.op.patch, ...step.op.patch, ...(pay ? { pay } : {}) },
      },
    };
  }
  return merged;
}

interface Step {
  readonly key: string;
  readonly op: Operation;
}
