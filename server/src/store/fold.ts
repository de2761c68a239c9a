import * as Y from 'yjs';
import type { StoredDocument } from './types.js';

/**
 * A document's stored parts (its snapshot, then its updates) folded into one update. A part that does
 * not apply is reported and skipped rather than losing the rest: the model's read model tolerates
 * whatever did apply.
 */
export function foldParts(
  parts: readonly Uint8Array[],
  onBadPart: (error: Error) => void = () => undefined,
): Uint8Array {
  const doc = new Y.Doc();
  try {
    for (const part of parts) {
      try {
        Y.applyUpdate(doc, part);
      } catch (error) {
        onBadPart(error as Error);
      }
    }
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}

/** The parts of a stored document in the order they were written. */
export function partsOf(stored: StoredDocument): readonly Uint8Array[] {
  return stored.snapshot ? [stored.snapshot, ...stored.updates] : stored.updates;
}
