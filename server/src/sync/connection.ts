import type { WebSocket } from 'ws';
import type { Access } from '../auth/index.js';
import type { Logger } from '../log.js';
import type { CloseReason } from './protocol.js';
import { CLOSE } from './protocol.js';

/** A socket buffering more than this is not keeping up; it is closed and resyncs on reconnect. */
const MAX_BUFFERED_BYTES = 64 * 1024 * 1024;

/**
 * One client socket in one room. The updates it sends are applied with the typed origin
 * `remoteOrigin(id)`, so logs and observers know which connection a change came from.
 */
export class Connection {
  /** Awareness client ids this socket has set; removed for everyone when it leaves. */
  readonly awarenessIds = new Set<number>();
  /** Answered a ping (or sent anything) since the last idle check. */
  alive = true;
  private tokens: number;
  private lastRefill = Date.now();
  private closed = false;

  constructor(
    readonly id: string,
    readonly socket: WebSocket,
    readonly access: Access,
    readonly ip: string,
    readonly scenarioId: string,
    private readonly updatesPerSecond: number,
    readonly log: Logger,
  ) {
    this.tokens = updatesPerSecond * 2;
  }

  get isOpen(): boolean {
    return !this.closed && this.socket.readyState === this.socket.OPEN;
  }

  /** Token bucket: `updatesPerSecond` sustained, twice that in a burst. */
  takeToken(): boolean {
    const now = Date.now();
    const capacity = this.updatesPerSecond * 2;
    this.tokens = Math.min(capacity, this.tokens + ((now - this.lastRefill) / 1000) * this.updatesPerSecond);
    this.lastRefill = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }

  send(frame: Uint8Array): void {
    if (!this.isOpen) return;
    if (this.socket.bufferedAmount > MAX_BUFFERED_BYTES) {
      this.close(CLOSE.tooSlow);
      return;
    }
    this.socket.send(frame, this.sent);
  }

  /** One callback for every frame of this socket: a broadcast to fifty editors allocates no closures. */
  private readonly sent = (error?: Error): void => {
    if (error) this.log.debug({ err: error.message }, 'send failed');
  };

  close(why: CloseReason): void {
    if (this.closed) return;
    this.closed = true;
    this.log.info({ code: why.code, reason: why.reason }, 'closing connection');
    try {
      this.socket.close(why.code, why.reason);
    } catch {
      this.socket.terminate();
    }
  }

  markClosed(): void {
    this.closed = true;
  }
}
