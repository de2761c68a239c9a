import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { CLOSE, type CloseReason } from '@orgcanvas/protocol';

/**
 * The y-websocket wire format: each binary frame is one message, `[type: varUint, ...]`. Parsing is
 * strict (a frame must be exactly one well-formed message) so a broken or hostile client is detected
 * before anything it sent reaches the document.
 */
export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;
export const MESSAGE_AUTH = 2;
export const MESSAGE_QUERY_AWARENESS = 3;

export const SYNC_STEP_1 = 0;
export const SYNC_STEP_2 = 1;
export const SYNC_UPDATE = 2;

export { CLOSE, type CloseReason } from '@orgcanvas/protocol';

export class ProtocolError extends Error {
  constructor(
    message: string,
    readonly close: CloseReason = CLOSE.malformed,
  ) {
    super(message);
  }
}

export interface AwarenessEntry {
  readonly clientID: number;
  readonly clock: number;
  /** The JSON text as sent; parsed once to prove it is JSON. */
  readonly state: string;
}

export type ClientMessage =
  | { readonly kind: 'sync-step-1'; readonly stateVector: Uint8Array }
  | { readonly kind: 'sync-step-2' | 'update'; readonly update: Uint8Array }
  | { readonly kind: 'awareness'; readonly entries: readonly AwarenessEntry[] }
  | { readonly kind: 'auth' }
  | { readonly kind: 'query-awareness' };

/** The entries of an awareness update (y-protocols encoding), checked strictly. */
export function parseAwareness(update: Uint8Array): AwarenessEntry[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  if (count > 10_000) throw new ProtocolError('awareness update lists too many clients');
  const entries: AwarenessEntry[] = [];
  for (let i = 0; i < count; i++) {
    const clientID = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const state = decoding.readVarString(decoder);
    JSON.parse(state);
    entries.push({ clientID, clock, state });
  }
  if (decoding.hasContent(decoder)) throw new ProtocolError('trailing bytes in awareness update');
  return entries;
}

/** Decodes one frame; throws `ProtocolError` for anything but exactly one well-formed message. */
export function parseClientMessage(frame: Uint8Array): ClientMessage {
  let message: ClientMessage;
  const decoder = decoding.createDecoder(frame);
  try {
    const type = decoding.readVarUint(decoder);
    switch (type) {
      case MESSAGE_SYNC: {
        const step = decoding.readVarUint(decoder);
        const payload = decoding.readVarUint8Array(decoder);
        if (step === SYNC_STEP_1) message = { kind: 'sync-step-1', stateVector: payload };
        else if (step === SYNC_STEP_2) message = { kind: 'sync-step-2', update: payload };
        else if (step === SYNC_UPDATE) message = { kind: 'update', update: payload };
        else throw new ProtocolError(`unknown sync step ${step}`);
        break;
      }
      case MESSAGE_AWARENESS:
        message = { kind: 'awareness', entries: parseAwareness(decoding.readVarUint8Array(decoder)) };
        break;
      case MESSAGE_AUTH:
        // Only the server sends auth messages; a client's is read and ignored.
        decoding.readVarUint(decoder);
        decoding.readVarString(decoder);
        message = { kind: 'auth' };
        break;
      case MESSAGE_QUERY_AWARENESS:
        message = { kind: 'query-awareness' };
        break;
      default:
        throw new ProtocolError(`unknown message type ${type}`);
    }
  } catch (error) {
    if (error instanceof ProtocolError) throw error;
    throw new ProtocolError(`undecodable message: ${(error as Error).message}`);
  }
  if (decoding.hasContent(decoder)) throw new ProtocolError('trailing bytes after message');
  return message;
}

export function encodeAwareness(entries: readonly AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientID);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, entry.state);
  }
  return encoding.toUint8Array(encoder);
}

function frame(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}

export function syncFrame(step: number, payload: Uint8Array): Uint8Array {
  return frame((e) => {
    encoding.writeVarUint(e, MESSAGE_SYNC);
    encoding.writeVarUint(e, step);
    encoding.writeVarUint8Array(e, payload);
  });
}

export function awarenessFrame(update: Uint8Array): Uint8Array {
  return frame((e) => {
    encoding.writeVarUint(e, MESSAGE_AWARENESS);
    encoding.writeVarUint8Array(e, update);
  });
}

/** y-protocols' auth message "permission denied"; y-websocket clients surface the reason. */
export function permissionDeniedFrame(reason: string): Uint8Array {
  return frame((e) => {
    encoding.writeVarUint(e, MESSAGE_AUTH);
    encoding.writeVarUint(e, 0);
    encoding.writeVarString(e, reason);
  });
}
