import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { ID_PATTERN, hashToken, linkState, tokenOf, type Access } from '../auth/index.js';
import type { Config } from '../config.js';
import { connectionId, type Logger } from '../log.js';
import type { Store, WorkspaceRecord } from '../store/types.js';
import { Connection } from './connection.js';
import type { Fanout } from './fanout.js';
import { CLOSE, ProtocolError, parseClientMessage } from './protocol.js';
import type { Rooms } from './rooms.js';

export interface SyncDeps {
  readonly config: Config;
  readonly log: Logger;
  readonly store: Store;
  readonly rooms: Rooms;
  /** Counts sockets per scenario across processes (in memory with one process). */
  readonly fanout: Fanout;
}

export interface SyncServer {
  /** Refuses new sockets; existing ones stay until the rooms are flushed and closed. */
  stopAccepting(): void;
  close(): Promise<void>;
  connectionCount(): number;
  /** Closes every socket of a workspace whose links were replaced (4401), so no old token stays in. */
  closeWorkspace(workspaceId: string): void;
}

interface Refusal {
  readonly status: number;
  readonly code: string;
  readonly message: string;
  readonly messageZh: string;
}

function refuse(socket: Duplex, refusal: Refusal): void {
  const body = JSON.stringify({
    error: { code: refusal.code, message: refusal.message, messageZh: refusal.messageZh },
  });
  const reason = {
    401: 'Unauthorized',
    404: 'Not Found',
    429: 'Too Many Requests',
    503: 'Service Unavailable',
  };
  socket.end(
    `HTTP/1.1 ${refusal.status} ${reason[refusal.status as keyof typeof reason] ?? 'Error'}\r\n` +
      'Connection: close\r\nContent-Type: application/json; charset=utf-8\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
  socket.destroy();
}

/** The link a socket was opened with: its workspace and the hash of its token (never the token). */
interface HeldLink {
  readonly workspaceId: string;
  readonly tokenHash: string;
}

/** Whether a held token's hash is still one of the workspace's current links, and not expired. */
function heldLinkState(
  workspace: WorkspaceRecord,
  tokenHash: string,
  now = Date.now(),
): 'ok' | 'replaced' | 'expired' {
  if (tokenHash !== workspace.editTokenHash && tokenHash !== workspace.viewTokenHash) return 'replaced';
  const expires = workspace.linksExpireAt;
  return typeof expires === 'number' && now >= expires ? 'expired' : 'ok';
}

const REPLACED_LINK: Refusal = {
  status: 401,
  code: 'link-replaced',
  message:
    'This link was replaced by a new one: someone with the edit link made new links. Ask them for the new link.',
  messageZh: '此链接已被替换：有编辑权限的人生成了新链接。请向他们索取新链接。',
};

const EXPIRED_LINK: Refusal = {
  status: 401,
  code: 'link-expired',
  message: 'This link has expired. Ask someone with the edit link for a new one.',
  messageZh: '此链接已过期。请向有编辑权限的人索取新链接。',
};

const BAD_LINK: Refusal = {
  status: 401,
  code: 'unauthorized',
  message:
    'This link is not valid for this workspace: the token is missing or wrong. Ask for a new share link.',
  messageZh: '链接无效：缺少令牌或令牌不正确。请向分享者索取新的链接。',
};

/**
 * Mounts the y-websocket endpoint `ws://HOST:PORT/ws/<workspaceId>/<scenarioId>?token=T` on an HTTP
 * server. Access and limits are checked during the HTTP upgrade, so a refused client never gets a socket.
 */
export function attachSync(server: Server, deps: SyncDeps): SyncServer {
  const { config, log, store, rooms, fanout } = deps;
  const limits = config.limits;
  const wss = new WebSocketServer({ noServer: true, maxPayload: limits.maxFrameBytes });
  const perIp = new Map<string, number>();
  const connections = new Set<Connection>();
  const workspaceOf = new Map<Connection, HeldLink>();
  let accepting = true;

  const count = (map: Map<string, number>, key: string, delta: number) => {
    const next = (map.get(key) ?? 0) + delta;
    if (next <= 0) map.delete(key);
    else map.set(key, next);
  };

  async function check(
    req: IncomingMessage,
    url: URL,
    socketId: string,
  ): Promise<Refusal | { access: Access; scenarioId: string; workspaceId: string; tokenHash: string }> {
    const match = /^\/ws\/([^/]+)\/([^/]+)\/?$/.exec(url.pathname);
    const [, workspaceId = '', scenarioId = ''] = match ?? [];
    if (!match || !ID_PATTERN.test(workspaceId) || !ID_PATTERN.test(scenarioId)) {
      return {
        status: 404,
        code: 'not-found',
        message: 'Connect to /ws/<workspaceId>/<scenarioId>.',
        messageZh: '请连接 /ws/<工作区>/<方案>。',
      };
    }
    const workspace = await store.getWorkspace(workspaceId);
    const token = tokenOf(req, url);
    const access = workspace ? linkState(workspace, token) : null;
    if (access === 'replaced') return REPLACED_LINK;
    if (access === 'expired') return EXPIRED_LINK;
    if (access === null) return BAD_LINK;
    if (!(await store.getScenario(workspaceId, scenarioId))) {
      return {
        status: 404,
        code: 'scenario-not-found',
        message: 'This scenario does not exist (it may have been deleted).',
        messageZh: '该方案不存在（可能已被删除）。',
      };
    }
    let admitted: boolean;
    try {
      admitted = await fanout.admit(scenarioId, socketId, limits.maxConnectionsPerDocument);
    } catch {
      return {
        status: 503,
        code: 'unavailable',
        message: 'The server cannot reach the service that counts connections. Reconnect in a moment.',
        messageZh: '服务器暂时无法统计连接数，请稍后重新连接。',
      };
    }
    if (!admitted) {
      return {
        status: 429,
        code: 'too-many-connections',
        message: 'Too many people are connected to this scenario. Try again later.',
        messageZh: '连接到该方案的人数过多，请稍后再试。',
      };
    }
    return { access, scenarioId, workspaceId, tokenHash: hashToken(token ?? '') };
  }

  function onUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    socket.on('error', () => socket.destroy());
    const ip = req.socket.remoteAddress ?? 'unknown';
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!accepting) {
      refuse(socket, {
        status: 503,
        code: 'shutting-down',
        message: 'The server is restarting. Reconnect in a moment.',
        messageZh: '服务器正在重启，请稍后重新连接。',
      });
      return;
    }
    if ((perIp.get(ip) ?? 0) >= limits.maxConnectionsPerIp) {
      refuse(socket, {
        status: 429,
        code: 'too-many-connections',
        message: 'Too many connections from your address. Close some tabs and try again.',
        messageZh: '来自您地址的连接过多，请关闭部分标签页后重试。',
      });
      return;
    }
    count(perIp, ip, 1); // held while the checks run, so a burst cannot slip past the limit
    const id = connectionId('ws');
    check(req, url, id)
      .then((result) => {
        if ('status' in result) {
          count(perIp, ip, -1);
          log.info({ path: url.pathname, status: result.status, code: result.code }, 'socket refused');
          refuse(socket, result);
          return;
        }
        if (!accepting) {
          count(perIp, ip, -1);
          fanout.release(result.scenarioId, id);
          socket.destroy();
          return;
        }
        // A socket that goes away during the handshake never opens: give back what it was counted for.
        let upgraded = false;
        socket.once('close', () => {
          if (upgraded) return;
          count(perIp, ip, -1);
          fanout.release(result.scenarioId, id);
        });
        wss.handleUpgrade(req, socket, head, (ws) => {
          upgraded = true;
          open(ws, id, ip, result.scenarioId, result.access, {
            workspaceId: result.workspaceId,
            tokenHash: result.tokenHash,
          });
        });
      })
      .catch((error: unknown) => {
        count(perIp, ip, -1);
        log.error({ err: (error as Error).message }, 'upgrade failed');
        socket.destroy();
      });
  }

  function open(
    ws: WebSocket,
    id: string,
    ip: string,
    scenarioId: string,
    access: Access,
    link: HeldLink,
  ): void {
    const connLog = log.child({ conn: id, scenarioId });
    const conn = new Connection(id, ws, access, ip, scenarioId, limits.maxUpdatesPerSecond, connLog);
    connections.add(conn);
    workspaceOf.set(conn, link);
    connLog.info({ access }, 'socket open');
    const { room, release } = rooms.acquire(scenarioId);

    const fail = (error: unknown) => {
      if (error instanceof ProtocolError) {
        connLog.warn({ err: error.message }, 'protocol error');
        conn.close(error.close);
      } else {
        connLog.error({ err: (error as Error).message }, 'message handling failed');
        conn.close(CLOSE.internal);
      }
    };

    ws.on('error', (error) => {
      connLog.warn({ err: error.message }, 'socket error');
      if ((error as { code?: string }).code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH') conn.markClosed();
    });
    ws.on('pong', () => {
      conn.alive = true;
    });
    ws.on('message', (data: RawData, isBinary: boolean) => {
      conn.alive = true;
      if (!conn.isOpen) return;
      try {
        if (!isBinary) throw new ProtocolError('text frames are not part of the protocol');
        if (!conn.takeToken()) {
          conn.close(CLOSE.tryLater);
          return;
        }
        const bytes = Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as ArrayBuffer);
        const message = parseClientMessage(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
        room.then((r) => r.receive(conn, message)).catch(fail);
      } catch (error) {
        fail(error);
      }
    });
    ws.on('close', (code, reason) => {
      connLog.info({ code, reason: reason.toString() }, 'socket closed');
      conn.markClosed();
      connections.delete(conn);
      workspaceOf.delete(conn);
      count(perIp, ip, -1);
      fanout.release(scenarioId, id);
      room
        .then((r) => r.run(() => r.leave(conn)))
        .catch(() => undefined)
        .finally(release);
    });

    room
      .then((r) =>
        r.run(() => {
          if (conn.isOpen) r.join(conn);
        }),
      )
      .catch((error: unknown) => {
        connLog.error({ err: (error as Error).message }, 'room could not be loaded');
        conn.close(CLOSE.internal);
      });
  }

  server.on('upgrade', onUpgrade);

  // Sockets that answer no ping within the idle timeout are dropped; their awareness goes with them.
  const pinger = setInterval(
    () => {
      for (const conn of connections) {
        if (!conn.alive) {
          conn.log.info('idle timeout, dropping socket');
          conn.socket.terminate();
          continue;
        }
        conn.alive = false;
        try {
          conn.socket.ping();
        } catch {
          conn.socket.terminate();
        }
      }
    },
    Math.max(50, Math.floor(limits.idleTimeoutMs / 2)),
  );
  pinger.unref();

  // Links replaced by another process (several share one PostgreSQL), or expired while a socket is
  // open: every so often each open socket's token is checked against the workspace as stored now.
  let checking = false;
  const linkCheck = setInterval(
    () => {
      if (checking || workspaceOf.size === 0) return;
      checking = true;
      void recheckLinks()
        .catch((error: unknown) => log.warn({ err: (error as Error).message }, 'link check failed'))
        .finally(() => (checking = false));
    },
    Math.max(100, Math.min(10_000, Math.floor(limits.idleTimeoutMs / 2))),
  );
  linkCheck.unref();

  async function recheckLinks(): Promise<void> {
    const ids = new Set([...workspaceOf.values()].map((link) => link.workspaceId));
    for (const workspaceId of ids) {
      const workspace = await store.getWorkspace(workspaceId);
      for (const [conn, link] of workspaceOf) {
        if (link.workspaceId !== workspaceId) continue;
        const state = workspace ? heldLinkState(workspace, link.tokenHash) : 'replaced';
        if (state === 'replaced') conn.close(CLOSE.linkReplaced);
        else if (state === 'expired') conn.close(CLOSE.linkExpired);
      }
    }
  }

  return {
    stopAccepting() {
      accepting = false;
      server.off('upgrade', onUpgrade);
      server.on('upgrade', (_req: IncomingMessage, socket: Duplex) =>
        refuse(socket, {
          status: 503,
          code: 'shutting-down',
          message: 'The server is restarting. Reconnect in a moment.',
          messageZh: '服务器正在重启，请稍后重新连接。',
        }),
      );
    },
    async close() {
      accepting = false;
      clearInterval(pinger);
      clearInterval(linkCheck);
      await rooms.closeAll();
      for (const conn of connections) conn.close(CLOSE.goingAway);
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
    connectionCount: () => connections.size,
    closeWorkspace(workspaceId: string) {
      for (const [conn, link] of workspaceOf)
        if (link.workspaceId === workspaceId) conn.close(CLOSE.linkReplaced);
    },
  };
}
