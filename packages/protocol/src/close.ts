/** Why the server closed a sync socket: a WebSocket close code and a short reason. */
export interface CloseReason {
  readonly code: number;
  readonly reason: string;
}

/**
 * The sync socket's close codes. 4400-4499 tell y-websocket v3 not to reconnect (retrying cannot help);
 * the 1000s are standard codes after which a client reconnects and resyncs.
 */
export const CLOSE = {
  goingAway: { code: 1001, reason: 'server shutting down' },
  frameTooLarge: { code: 1009, reason: 'frame too large' },
  internal: { code: 1011, reason: 'internal error, reconnect to resync' },
  tryLater: { code: 1013, reason: 'too many updates per second, reconnect later' },
  tooSlow: { code: 1013, reason: 'connection too slow to keep up' },
  malformed: { code: 4400, reason: 'malformed message' },
  /** The workspace's links were replaced (rotated): the token this socket opened with is no longer valid. */
  linkReplaced: { code: 4401, reason: 'link replaced' },
  /** The workspace's links were made to expire, and that time has come. */
  linkExpired: { code: 4402, reason: 'link expired' },
  scenarioDeleted: { code: 4404, reason: 'scenario deleted' },
  documentTooLarge: { code: 4413, reason: 'document too large' },
} as const satisfies Record<string, CloseReason>;

/** A close after which reconnecting cannot help (the same frame, a deleted scenario, a full document). */
export function isFinalClose(code: number): boolean {
  return code >= 4400 && code < 4500;
}
