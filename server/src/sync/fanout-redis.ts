import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import type { Logger } from '../log.js';
import { Reachability } from '../store/reachability.js';
import type { Fanout, RoomEvent } from './fanout.js';

/** One byte after the sender's id says what a message is. */
const KIND = {
  update: 0,
  awareness: 1,
  'query-awareness': 2,
  deleted: 3,
  list: 4,
  resync: 5,
  alive: 6,
} as const;
const KINDS = Object.entries(KIND) as [keyof typeof KIND, number][];

/** A socket is counted for this long unless its process renews it: a dead process's sockets expire. */
const LEASE_MS = 60_000;
const RENEW_MS = 20_000;

/** Every process says it is alive this often; one silent for PEER_TIMEOUT_MS is taken for dead. */
const HEARTBEAT_MS = 3_000;
const PEER_TIMEOUT_MS = 10_000;

// Atomic check-and-count, with Redis's clock so processes' clocks need not agree.
const ADMIT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if not redis.call('ZSCORE', KEYS[1], ARGV[1]) and redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[2]) then
  return 0
end
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[3]), ARGV[1])
redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[3]))
return 1
`;

const RENEW = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
for i = 2, #ARGV do redis.call('ZADD', KEYS[1], now + tonumber(ARGV[1]), ARGV[i]) end
redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[1]))
return 1
`;

const backoff = (attempt: number) => Math.min(100 * 2 ** Math.min(attempt, 10), 5_000);

/**
 * Redis pub/sub between the server processes, one channel per scenario (`orgcanvas:room:<id>`) plus one
 * for scenario-list changes, and the connections of each scenario in a sorted set
 * (`orgcanvas:conns:{<id>}`) whose members expire unless their process renews them.
 */
export class RedisFanout implements Fanout {
  readonly kind = 'redis' as const;
  readonly reachability: Reachability;
  private readonly id = randomUUID();
  private readonly header: Buffer;
  private readonly pub: Redis;
  private readonly sub: Redis;
  private readonly rooms = new Map<string, Set<(event: RoomEvent) => void>>();
  private readonly listListeners = new Set<(workspaceId: string) => void>();
  private readonly resyncListeners = new Set<() => void>();
  private readonly counted = new Map<string, Set<string>>();
  private readonly renewer: NodeJS.Timeout;
  private readonly heartbeat: NodeJS.Timeout;
  /** The other processes heard from, and when. */
  private readonly peers = new Map<string, number>();
  private closing = false;
  /** A connection dropped since the last resync: events may have been missed. */
  private missed = false;

  private constructor(
    url: string,
    private readonly log: Logger,
    private readonly prefix: string,
  ) {
    this.header = Buffer.from(this.id, 'ascii');
    this.reachability = new Reachability('Redis', log);
    const options = {
      retryStrategy: backoff,
      // Fail a command after a couple of reconnect attempts instead of queueing it for ever.
      maxRetriesPerRequest: 2,
      connectTimeout: 5_000,
      lazyConnect: true,
    };
    this.pub = new Redis(url, { ...options, connectionName: 'orgcanvas-pub' });
    this.sub = new Redis(url, { ...options, connectionName: 'orgcanvas-sub' });
    for (const client of [this.pub, this.sub]) {
      client.on('error', (error: Error) => this.reachability.failed(error));
      client.on('close', () => {
        if (this.closing) return;
        this.missed = true;
        this.reachability.failed(new Error('connection closed'));
      });
      client.on('ready', () => void this.onReady());
    }
    this.sub.on('messageBuffer', (channel: Buffer, message: Buffer) => this.receive(channel, message));
    this.renewer = setInterval(() => void this.renew(), RENEW_MS);
    this.renewer.unref();
    this.heartbeat = setInterval(() => this.beat(), HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  /** Connects both clients and subscribes to the scenario-list channel; rejects if Redis is unreachable. */
  static async open(url: string, log: Logger, prefix = 'orgcanvas'): Promise<RedisFanout> {
    const fanout = new RedisFanout(url, log, prefix);
    try {
      await Promise.all([fanout.pub.connect(), fanout.sub.connect()]);
      await fanout.sub.subscribe(fanout.listChannel);
    } catch (error) {
      await fanout.close();
      const where = new URL(url);
      throw new Error(
        `Redis at ${where.hostname}:${where.port || 6379} cannot be reached (${(error as Error).message})`,
      );
    }
    return fanout;
  }

  private get listChannel(): string {
    return `${this.prefix}:scenarios`;
  }

  private roomChannel(scenarioId: string): string {
    return `${this.prefix}:room:${scenarioId}`;
  }

  private connsKey(scenarioId: string): string {
    // The braces keep a scenario's keys in one hash slot on Redis Cluster.
    return `${this.prefix}:conns:{${scenarioId}}`;
  }

  private async onReady(): Promise<void> {
    if (this.pub.status !== 'ready' || this.sub.status !== 'ready') return;
    if (!this.missed) {
      this.reachability.succeeded();
      return;
    }
    this.missed = false;
    try {
      // Subscriptions are restored before anyone re-reads the store, so nothing falls in between.
      await this.sub.subscribe(this.listChannel, ...[...this.rooms.keys()].map((id) => this.roomChannel(id)));
      await this.renew();
    } catch (error) {
      this.missed = true;
      this.failedOn(this.sub, error);
      return;
    }
    this.reachability.succeeded();
    // Others may have missed what this process published while it was away.
    this.send(this.listChannel, 'resync', Buffer.alloc(0));
    for (const listener of this.resyncListeners) listener();
  }

  /** Says this process is alive, and takes a peer silent for too long for dead. */
  private beat(): void {
    if (this.pub.status !== 'ready') return;
    this.send(this.listChannel, 'alive', Buffer.alloc(0));
    const now = Date.now();
    for (const [peer, heard] of this.peers) {
      if (now - heard < PEER_TIMEOUT_MS) continue;
      this.peers.delete(peer);
      this.log.info({ peer }, 'a server process stopped answering; its rooms here re-read the store');
      for (const listeners of this.rooms.values()) {
        for (const listener of listeners) listener({ kind: 'process-gone', process: peer });
      }
    }
  }

  private receive(channelBytes: Buffer, message: Buffer): void {
    if (message.byteLength <= this.header.byteLength) return;
    if (message.subarray(0, this.header.byteLength).equals(this.header)) return; // our own
    const from = message.subarray(0, this.header.byteLength).toString('ascii');
    this.peers.set(from, Date.now());
    const kindByte = message[this.header.byteLength];
    const kind = KINDS.find(([, value]) => value === kindByte)?.[0];
    const payload = new Uint8Array(message.subarray(this.header.byteLength + 1));
    const channel = channelBytes.toString();
    try {
      if (channel === this.listChannel) {
        if (kind === 'list') {
          const workspaceId = Buffer.from(payload).toString('utf8');
          for (const listener of this.listListeners) listener(workspaceId);
        } else if (kind === 'resync') {
          for (const listener of this.resyncListeners) listener();
        }
        return;
      }
      const listeners = this.rooms.get(channel.slice(`${this.prefix}:room:`.length));
      if (!listeners || kind === undefined) return;
      let event: RoomEvent;
      if (kind === 'update') event = { kind, update: payload };
      else if (kind === 'awareness') event = { kind, update: payload, from };
      else if (kind === 'query-awareness' || kind === 'deleted') event = { kind };
      else return;
      for (const listener of listeners) listener(event);
    } catch (error) {
      this.log.error({ err: (error as Error).message }, 'a fan-out message could not be handled');
    }
  }

  private send(channel: string, kind: keyof typeof KIND, payload: Uint8Array): void {
    const message = Buffer.concat([this.header, Buffer.from([KIND[kind]]), payload]);
    this.pub.publish(channel, message).catch((error: unknown) => this.failedOn(this.pub, error));
  }

  /** A command failed: an outage if its connection is down, else a plain error worth a log line. */
  private failedOn(client: Redis, error: unknown): void {
    if (client.status !== 'ready') this.reachability.failed(error as Error);
    else this.log.warn({ err: (error as Error).message }, 'a Redis command failed');
  }

  async joinRoom(scenarioId: string, listener: (event: RoomEvent) => void): Promise<() => void> {
    let listeners = this.rooms.get(scenarioId);
    if (!listeners) {
      listeners = new Set();
      this.rooms.set(scenarioId, listeners);
    }
    listeners.add(listener);
    try {
      await this.sub.subscribe(this.roomChannel(scenarioId));
    } catch (error) {
      this.leaveRoom(scenarioId, listener);
      throw error;
    }
    return () => this.leaveRoom(scenarioId, listener);
  }

  private leaveRoom(scenarioId: string, listener: (event: RoomEvent) => void): void {
    const listeners = this.rooms.get(scenarioId);
    if (!listeners?.delete(listener) || listeners.size > 0) return;
    this.rooms.delete(scenarioId);
    if (!this.closing) this.sub.unsubscribe(this.roomChannel(scenarioId)).catch(() => undefined);
  }

  publish(scenarioId: string, event: RoomEvent): void {
    if (event.kind === 'process-gone') return; // only ever raised here, never sent
    const payload = 'update' in event ? event.update : new Uint8Array(0);
    this.send(this.roomChannel(scenarioId), event.kind, payload);
  }

  onScenarioList(listener: (workspaceId: string) => void): () => void {
    this.listListeners.add(listener);
    return () => this.listListeners.delete(listener);
  }

  publishScenarioList(workspaceId: string): void {
    this.send(this.listChannel, 'list', Buffer.from(workspaceId, 'utf8'));
  }

  async admit(scenarioId: string, socketId: string, limit: number): Promise<boolean> {
    const member = `${this.id}:${socketId}`;
    const admitted = await this.pub.eval(ADMIT, 1, this.connsKey(scenarioId), member, limit, LEASE_MS);
    if (admitted !== 1) return false;
    const held = this.counted.get(scenarioId) ?? new Set<string>();
    held.add(member);
    this.counted.set(scenarioId, held);
    return true;
  }

  release(scenarioId: string, socketId: string): void {
    const member = `${this.id}:${socketId}`;
    const held = this.counted.get(scenarioId);
    if (!held?.delete(member)) return;
    if (held.size === 0) this.counted.delete(scenarioId);
    // If Redis is away, the lease runs out on its own.
    this.pub.zrem(this.connsKey(scenarioId), member).catch(() => undefined);
  }

  private async renew(): Promise<void> {
    if (this.pub.status !== 'ready') return;
    await Promise.all(
      [...this.counted].map(([scenarioId, members]) =>
        this.pub.eval(RENEW, 1, this.connsKey(scenarioId), LEASE_MS, ...members),
      ),
    ).catch((error: unknown) => this.failedOn(this.pub, error));
  }

  onResync(listener: () => void): () => void {
    this.resyncListeners.add(listener);
    return () => this.resyncListeners.delete(listener);
  }

  async ping(): Promise<void> {
    if (this.pub.status !== 'ready' || this.sub.status !== 'ready') {
      throw new Error(this.reachability.problem ?? `Redis connection is ${this.pub.status}`);
    }
    await this.pub.ping();
    this.reachability.succeeded();
  }

  async close(): Promise<void> {
    this.closing = true;
    clearInterval(this.renewer);
    clearInterval(this.heartbeat);
    this.reachability.stop();
    const members = [...this.counted];
    this.counted.clear();
    if (this.pub.status === 'ready') {
      await Promise.all(
        members.map(([scenarioId, held]) => this.pub.zrem(this.connsKey(scenarioId), ...held)),
      ).catch(() => undefined);
    }
    for (const client of [this.pub, this.sub]) {
      // QUIT waits for an answer a lost connection would never give.
      if (client.status === 'ready') await client.quit().catch(() => client.disconnect());
      else client.disconnect();
    }
  }
}
