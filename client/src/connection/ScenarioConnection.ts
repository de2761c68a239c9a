import * as Y from 'yjs';
import { WebsocketProvider, messageAuth, messageSync } from 'y-websocket';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import type { Awareness } from 'y-protocols/awareness';
import { readDesign } from '@orgcanvas/model';
import { SYNC_PATH, syncRoom } from '@orgcanvas/protocol';
import { AcknowledgedState } from './acknowledged';
import { updateClocks } from './updateClocks';

export type LinkStatus = 'connecting' | 'online' | 'syncing' | 'offline';

export interface ConnectionState {
  readonly status: LinkStatus;
  /** The server said this socket is read-only (a view token), or the workspace API did. */
  readonly readOnly: boolean;
  /** Local edits the server has not confirmed yet (kept in IndexedDB meanwhile). */
  readonly unsaved: boolean;
  /** The doc has content to show: from the server or from this browser's copy. */
  readonly loaded: boolean;
  /** The server closed the socket for good (bad token, deleted scenario). */
  readonly closedReason: string | null;
  /** Its close code (`CLOSE` in the protocol), e.g. 4401 when the workspace's links were replaced. */
  readonly closedCode: number | null;
}

export interface ConnectionOptions {
  readonly workspaceId: string;
  readonly scenarioId: string;
  readonly token: string;
  readonly readOnly: boolean;
  /** e.g. `ws://host/ws`; defaults to this page's host. */
  readonly serverUrl?: string;
  /** Off in tests that have no IndexedDB. */
  readonly persist?: boolean;
}

/** Re-sends unconfirmed edits this long after they were made (the server's echo confirms them). */
const RESEND_AFTER_MS = 2000;

/** Sync payloads from this size on are bookkept off the main thread (see `deferAck`). */
const DEFER_ACK_BYTES = 64 * 1024;

/**
 * One scenario's Y.Doc and everything that keeps it: the y-websocket provider (sync, awareness,
 * reconnect with backoff), y-indexeddb (edits survive a reload while offline) and the bookkeeping
 * behind the connection indicator and the unsaved-edits banner.
 */
export class ScenarioConnection {
  readonly doc = new Y.Doc();
  /** The sync room (workspace and scenario): the key of what this browser keeps for the scenario. */
  readonly room: string;
  readonly provider: WebsocketProvider;
  readonly awareness: Awareness;
  private readonly persistence: IndexeddbPersistence | null;
  private readonly acknowledged: AcknowledgedState;
  private readonly listeners = new Set<() => void>();
  private state: ConnectionState;
  private resendTimer: ReturnType<typeof setTimeout> | null = null;
  private destroyed = false;
  // The browser knows first when the network is gone; a socket can look open for a long while after.
  // Dropping it at once makes the indicator honest, and edits wait in IndexedDB until 'online'.
  private readonly onBrowserOnline = () => this.provider.connect();
  private readonly onBrowserOffline = () => {
    this.provider.disconnect();
    this.refresh();
  };

  constructor(options: ConnectionOptions) {
    const room = syncRoom(options.workspaceId, options.scenarioId);
    this.room = room;
    this.acknowledged = new AcknowledgedState(`orgcanvas.acked.${room}`);
    this.state = {
      status: 'connecting',
      readOnly: options.readOnly,
      unsaved: false,
      loaded: false,
      closedReason: null,
      closedCode: null,
    };
    this.provider = new WebsocketProvider(options.serverUrl ?? defaultServerUrl(), room, this.doc, {
      params: { token: options.token },
      // Another tab of the same browser may hold a different token; go through the server only.
      disableBc: true,
      maxBackoffTime: 5000,
      // Opened offline (from the cached shell): wait for the browser's 'online' instead of failing.
      connect: typeof navigator === 'undefined' || navigator.onLine !== false,
    });
    this.awareness = this.provider.awareness;
    this.interceptMessages();
    this.persistence =
      options.persist === false ? null : new IndexeddbPersistence(`orgcanvas/${room}`, this.doc);
    void this.persistence?.whenSynced.then(() => {
      if (hasContent(this.doc)) this.patch({ loaded: true });
      this.refresh();
    });

    this.provider.on('status', () => this.refresh());
    this.provider.on('sync', (synced: boolean) => {
      if (synced) this.patch({ loaded: true });
      this.refresh();
    });
    this.provider.on('closed', (event: { code: number; reason: string }) => {
      this.patch({ closedReason: event.reason || `closed (${event.code})`, closedCode: event.code });
    });
    this.doc.on('update', (_update: Uint8Array, origin: unknown) => {
      if (origin !== this.provider) this.scheduleResend();
      this.refresh();
    });
    window.addEventListener('online', this.onBrowserOnline);
    window.addEventListener('offline', this.onBrowserOffline);
  }

  getState = (): ConnectionState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The view API said so, or the server's auth message did. */
  markReadOnly(): void {
    this.patch({ readOnly: true });
  }

  destroy(): void {
    this.destroyed = true;
    if (this.resendTimer) clearTimeout(this.resendTimer);
    window.removeEventListener('online', this.onBrowserOnline);
    window.removeEventListener('offline', this.onBrowserOffline);
    this.provider.destroy();
    void this.persistence?.destroy();
    this.doc.destroy();
    this.listeners.clear();
  }

  /**
   * Reads the server's sync and auth messages on their way in: sync messages feed the acknowledged
   * state; the auth message's "permission denied" means this token may only read.
   */
  private interceptMessages(): void {
    const handlers = this.provider.messageHandlers;
    const sync = handlers[messageSync];
    if (sync) {
      handlers[messageSync] = (encoder, decoder, provider, emitSynced, type) => {
        this.observeSync(decoding.clone(decoder));
        sync(encoder, decoder, provider, emitSynced, type);
        this.refresh();
      };
    }
    handlers[messageAuth] = (_encoder, decoder) => {
      const kind = decoding.readVarUint(decoder);
      const reason = kind === 0 ? decoding.readVarString(decoder) : '';
      if (kind === 0) {
        this.patch({ readOnly: true });
        if (!/read-?only/i.test(reason)) this.patch({ closedReason: reason });
      }
    };
  }

  private observeSync(decoder: decoding.Decoder): void {
    try {
      const type = decoding.readVarUint(decoder);
      const payload = decoding.readVarUint8Array(decoder);
      if (type === syncProtocol.messageYjsSyncStep1) this.acknowledged.addStateVector(payload);
      else if (payload.length < DEFER_ACK_BYTES) this.acknowledged.addUpdate(payload);
      else this.deferAck(payload);
    } catch {
      // A message we cannot read is the sync handler's business; bookkeeping just skips it.
    }
  }

  /**
   * Reading the end clocks of a large update (the whole scenario in the server's sync step 2) means
   * decoding all of it again: a worker does that while the chart is drawn. Meanwhile the server's own
   * state vector (its sync step 1, which comes first) already vouches for that content.
   */
  private deferAck(update: Uint8Array): void {
    void updateClocks(update).then((clocks) => {
      if (this.destroyed || clocks === null) return;
      this.acknowledged.addClocks(clocks);
      this.refresh();
    });
  }

  private scheduleResend(): void {
    if (this.resendTimer || this.state.readOnly) return;
    this.resendTimer = setTimeout(() => {
      this.resendTimer = null;
      this.resendUnconfirmed();
    }, RESEND_AFTER_MS);
  }

  /** Sends what the server has not confirmed as one update; its echo confirms it. Idempotent. */
  private resendUnconfirmed(): void {
    const ws = this.provider.ws;
    if (this.state.readOnly || !this.provider.synced || !ws || ws.readyState !== WebSocket.OPEN) return;
    const missing = this.acknowledged.missingUpdate(this.doc);
    if (!missing) return;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, messageSync);
    syncProtocol.writeUpdate(encoder, missing);
    ws.send(encoding.toUint8Array(encoder));
    this.scheduleResend();
  }

  private refresh(): void {
    const unsaved = !this.state.readOnly && this.acknowledged.hasUnsaved(this.doc);
    const browserOffline = typeof navigator !== 'undefined' && navigator.onLine === false;
    let status: LinkStatus;
    if (this.provider.wsconnected && !browserOffline) {
      status = this.provider.synced && !unsaved ? 'online' : 'syncing';
    } else if (this.provider.wsconnecting && !this.state.loaded) {
      status = 'connecting';
    } else {
      status = 'offline';
    }
    if (unsaved && this.provider.synced) this.scheduleResend();
    this.patch({ status, unsaved });
  }

  private patch(change: Partial<ConnectionState>): void {
    const next = { ...this.state, ...change };
    if ((Object.keys(change) as (keyof ConnectionState)[]).every((key) => next[key] === this.state[key]))
      return;
    this.state = next;
    for (const listener of this.listeners) listener();
  }
}

function hasContent(doc: Y.Doc): boolean {
  const design = readDesign(doc);
  return design.roles.length > 0 || design.name !== '';
}

function defaultServerUrl(): string {
  const protocol = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${protocol}//${window.location.host}${SYNC_PATH}`;
}
