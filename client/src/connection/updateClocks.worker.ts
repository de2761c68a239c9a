/// <reference lib="webworker" />
import { endClocks } from './acknowledged';

export interface ClocksRequest {
  readonly id: number;
  readonly update: Uint8Array;
}

export interface ClocksReply {
  readonly id: number;
  /** The end clocks as entries (a Map crosses postMessage too, but entries keep the shape plain). */
  readonly clocks: [number, number][] | null;
}

/**
 * Reads the end clocks of a (large) Yjs update off the main thread: finding them means decoding every
 * struct, strings included, which for the whole 10,000-role scenario of a first sync is a third of a
 * second that a tab would otherwise spend frozen.
 */
self.addEventListener('message', (event: MessageEvent<ClocksRequest>) => {
  const { id, update } = event.data;
  const clocks = endClocks(update);
  self.postMessage({ id, clocks: clocks === null ? null : [...clocks] } satisfies ClocksReply);
});
