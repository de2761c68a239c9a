import * as Y from 'yjs';
import WebSocket from 'ws';
import { WebsocketProvider as ProviderV3 } from 'y-websocket';
import { WebsocketProvider as ProviderV2 } from 'y-websocket-v2';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { waitFor } from './server.js';

// Each Node provider adds a process 'exit' listener; a test opens more than ten.
process.setMaxListeners(100);

export type ProviderVersion = 'v2' | 'v3';

export interface Client {
  readonly doc: Y.Doc;
  readonly provider: ProviderV3 | ProviderV2;
  readonly permissionDenied: string[];
  destroy(): void;
}

/** A stock y-websocket provider, exactly as an app would use it (with `ws` standing in for the browser's WebSocket). */
export function stockClient(
  version: ProviderVersion,
  wsUrl: string,
  room: string,
  token: string,
  options: { doc?: Y.Doc; connect?: boolean } = {},
): Client {
  const doc = options.doc ?? new Y.Doc();
  const Provider = version === 'v3' ? ProviderV3 : ProviderV2;
  const provider = new Provider(wsUrl, room, doc, {
    params: { token },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    connect: options.connect ?? true,
  });
  const permissionDenied: string[] = [];
  // y-protocols' auth message lands here; the default handler only logs.
  (provider as unknown as { messageHandlers: unknown[] }).messageHandlers[2] = (
    _encoder: unknown,
    decoder: decoding.Decoder,
  ) => {
    decoding.readVarUint(decoder);
    permissionDenied.push(decoding.readVarString(decoder));
  };
  return {
    doc,
    provider,
    permissionDenied,
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}

export async function synced(client: Client): Promise<void> {
  await waitFor(() => client.provider.synced, 'the provider to sync');
}

/** A raw socket speaking the protocol by hand, for what a stock client would never send. */
export interface RawClient {
  readonly socket: WebSocket;
  readonly frames: Uint8Array[];
  readonly closed: Promise<{ code: number; reason: string }>;
  readonly opened: Promise<void>;
  send(frame: Uint8Array | string): void;
}

export function rawClient(url: string, options: WebSocket.ClientOptions = {}): RawClient {
  const socket = new WebSocket(url, options);
  const frames: Uint8Array[] = [];
  socket.on('message', (data: Buffer) => frames.push(new Uint8Array(data)));
  socket.on('error', () => undefined);
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  const opened = new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('unexpected-response', (_req, res) =>
      reject(new Error(`refused with HTTP ${res.statusCode}`)),
    );
    socket.once('error', reject);
  });
  return {
    socket,
    frames,
    closed,
    opened,
    send(frame) {
      socket.send(frame);
    },
  };
}

/** The HTTP status a refused upgrade answered with. */
export function refusedStatus(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    socket.on('unexpected-response', (_req, res) => {
      resolve(res.statusCode ?? 0);
      socket.terminate();
    });
    socket.on('open', () => {
      socket.close();
      reject(new Error('the socket was accepted'));
    });
    socket.on('error', () => undefined);
  });
}

export function updateFrame(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

export function syncStep1Frame(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  syncProtocol.writeSyncStep1(encoder, doc);
  return encoding.toUint8Array(encoder);
}
