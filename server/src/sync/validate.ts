import * as Y from 'yjs';
import { ProtocolError } from './protocol.js';

/**
 * Checks that bytes are a well-formed Yjs update (v1) before it is applied or stored: every struct and the
 * delete set must decode. What the content means is the model's business; its read model tolerates
 * anything that Yjs accepts.
 */
export function validateUpdate(update: Uint8Array): void {
  let decoded: ReturnType<typeof Y.decodeUpdate>;
  try {
    decoded = Y.decodeUpdate(update);
  } catch (error) {
    throw new ProtocolError(`not a Yjs update: ${(error as Error).message}`);
  }
  for (const struct of decoded.structs) {
    if (!Number.isSafeInteger(struct.id.clock) || !Number.isSafeInteger(struct.length) || struct.length < 0) {
      throw new ProtocolError('Yjs update with an impossible clock or length');
    }
  }
}

export function validateStateVector(stateVector: Uint8Array): void {
  try {
    Y.decodeStateVector(stateVector);
  } catch (error) {
    throw new ProtocolError(`not a Yjs state vector: ${(error as Error).message}`);
  }
}
