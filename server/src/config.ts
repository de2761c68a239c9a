import { fileURLToPath } from 'node:url';
import path from 'node:path';

/**
 * Everything the server can be told, read once from the environment. Every limit has a default that is
 * safe for a small team on one machine; README.md lists them.
 */
export interface Limits {
  /** Largest WebSocket frame accepted; a bigger one closes that connection (1009). */
  readonly maxFrameBytes: number;
  /** Largest stored size of one scenario document; an update that would pass it closes the sender (4413). */
  readonly maxDocumentBytes: number;
  /** Messages (document updates and awareness) per second per connection, with a burst of twice that. */
  readonly maxUpdatesPerSecond: number;
  readonly maxConnectionsPerDocument: number;
  readonly maxConnectionsPerIp: number;
  /** A socket that answers no ping for this long is dropped; pings go out at half this interval. */
  readonly idleTimeoutMs: number;
  /** Largest JSON request body (a design import is the biggest legitimate one). */
  readonly maxBodyBytes: number;
  /** Open Server-Sent-Event streams per workspace. */
  readonly maxEventStreamsPerWorkspace: number;
  /** Disk one workspace may use (documents, their update logs and versions); beyond it, creating refuses (413). */
  readonly maxWorkspaceBytes: number;
}

/**
 * Requests per minute per client address (a token bucket that holds a minute's worth): what a stranger
 * or a runaway script can make this instance store or compute. Past it, 429 with Retry-After.
 */
export interface RateLimits {
  readonly workspacesPerMinute: number;
  /** New scenarios: blank, from a template, forked (imports are counted apart). */
  readonly scenariosPerMinute: number;
  readonly versionsPerMinute: number;
  /** Scenarios created from an uploaded JSON design. */
  readonly importsPerMinute: number;
  readonly exportsPerMinute: number;
}

/** Where workspaces, scenarios, documents and versions live. */
export type StoreConfig = { readonly kind: 'sqlite' } | { readonly kind: 'postgres'; readonly url: string };

/** How a room's updates, presence and the scenario lists reach the other server processes. */
export type FanoutConfig = { readonly kind: 'local' } | { readonly kind: 'redis'; readonly url: string };

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  readonly store: StoreConfig;
  readonly fanout: FanoutConfig;
  readonly clientDir: string;
  readonly logLevel: string;
  readonly limits: Limits;
  readonly rates: RateLimits;
  /**
   * When set, creating a workspace needs this instance token (`Authorization: Bearer …`), so only people
   * the operator gave it to can fill the instance. Everything else keeps working with share links.
   */
  readonly createToken: string | null;
  /** Other origins (e.g. `https://org.example.com` behind a proxy that rewrites Host) allowed to POST. */
  readonly allowedOrigins: readonly string[];
  /** Updates stored since the last snapshot before they are compacted into a new one. */
  readonly compactThreshold: number;
  /** Automatic versions of a changing scenario are taken at most this often. */
  readonly autoVersionIntervalMs: number;
  /** A room unchanged this long keeps only its encoded state, not a Y.Doc (a 27th of the memory). */
  readonly roomIdleMs: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxFrameBytes: 8 * 1024 * 1024,
  maxDocumentBytes: 32 * 1024 * 1024,
  maxUpdatesPerSecond: 100,
  maxConnectionsPerDocument: 100,
  maxConnectionsPerIp: 50,
  idleTimeoutMs: 30_000,
  maxBodyBytes: 21 * 1024 * 1024,
  maxEventStreamsPerWorkspace: 200,
  maxWorkspaceBytes: 512 * 1024 * 1024,
};

export const DEFAULT_RATES: RateLimits = {
  workspacesPerMinute: 10,
  scenariosPerMinute: 60,
  versionsPerMinute: 60,
  importsPerMinute: 20,
  exportsPerMinute: 120,
};

/** `server/src/config.ts` and the bundled `server/dist/main.js` both sit one folder below the package. */
const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const DEFAULT_CONFIG: Config = {
  port: 8080,
  host: '127.0.0.1',
  dataDir: './data',
  store: { kind: 'sqlite' },
  fanout: { kind: 'local' },
  clientDir: path.resolve(packageDir, '../client/dist'),
  logLevel: 'info',
  limits: DEFAULT_LIMITS,
  rates: DEFAULT_RATES,
  createToken: null,
  allowedOrigins: [],
  compactThreshold: 500,
  autoVersionIntervalMs: 10 * 60 * 1000,
  roomIdleMs: 30_000,
};

export class ConfigError extends Error {}

type Env = Readonly<Record<string, string | undefined>>;

function int(env: Env, name: string, fallback: number, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}".`);
  }
  return value;
}

function text(env: Env, name: string, fallback: string): string {
  const raw = env[name];
  return raw === undefined || raw.trim() === '' ? fallback : raw.trim();
}

function choice<T extends string>(env: Env, name: string, options: readonly T[], fallback: T): T {
  const raw = text(env, name, fallback);
  if (!(options as readonly string[]).includes(raw)) {
    throw new ConfigError(`${name} must be one of ${options.join(', ')}, got "${raw}".`);
  }
  return raw as T;
}

function needed(env: Env, name: string, because: string, example: string): string {
  const raw = text(env, name, '');
  if (raw === '') throw new ConfigError(`${name} is needed ${because}, e.g. ${example}.`);
  return raw;
}

function storeConfig(env: Env): StoreConfig {
  if (choice(env, 'STORE', ['sqlite', 'postgres'], 'sqlite') === 'sqlite') return { kind: 'sqlite' };
  return {
    kind: 'postgres',
    url: needed(
      env,
      'DATABASE_URL',
      'with STORE=postgres',
      'postgres://orgcanvas@db.internal:5432/orgcanvas',
    ),
  };
}

function fanoutConfig(env: Env, store: StoreConfig): FanoutConfig {
  if (choice(env, 'FANOUT', ['local', 'redis'], 'local') === 'local') return { kind: 'local' };
  // Processes that each keep their own SQLite file would relay edits they cannot all store.
  if (store.kind !== 'postgres') {
    throw new ConfigError('FANOUT=redis needs STORE=postgres: every process must share one store.');
  }
  return { kind: 'redis', url: needed(env, 'REDIS_URL', 'with FANOUT=redis', 'redis://cache.internal:6379') };
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** Reads the configuration from environment variables; throws `ConfigError` naming a bad variable. */
export function loadConfig(env: Env = process.env): Config {
  const logLevel = text(env, 'LOG_LEVEL', DEFAULT_CONFIG.logLevel);
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${logLevel}".`);
  }
  const d = DEFAULT_LIMITS;
  const store = storeConfig(env);
  return {
    port: int(env, 'PORT', DEFAULT_CONFIG.port, 0, 65535),
    host: text(env, 'HOST', DEFAULT_CONFIG.host),
    dataDir: path.resolve(text(env, 'DATA_DIR', DEFAULT_CONFIG.dataDir)),
    store,
    fanout: fanoutConfig(env, store),
    clientDir: path.resolve(text(env, 'CLIENT_DIR', DEFAULT_CONFIG.clientDir)),
    logLevel,
    limits: {
      maxFrameBytes: int(env, 'MAX_FRAME_BYTES', d.maxFrameBytes, 1024),
      maxDocumentBytes: int(env, 'MAX_DOCUMENT_BYTES', d.maxDocumentBytes, 1024),
      maxUpdatesPerSecond: int(env, 'MAX_UPDATES_PER_SECOND', d.maxUpdatesPerSecond, 1),
      maxConnectionsPerDocument: int(env, 'MAX_CONNECTIONS_PER_DOCUMENT', d.maxConnectionsPerDocument, 1),
      maxConnectionsPerIp: int(env, 'MAX_CONNECTIONS_PER_IP', d.maxConnectionsPerIp, 1),
      idleTimeoutMs: int(env, 'IDLE_TIMEOUT_MS', d.idleTimeoutMs, 100),
      maxBodyBytes: int(env, 'MAX_BODY_BYTES', d.maxBodyBytes, 1024),
      maxEventStreamsPerWorkspace: int(
        env,
        'MAX_EVENT_STREAMS_PER_WORKSPACE',
        d.maxEventStreamsPerWorkspace,
        1,
      ),
      maxWorkspaceBytes: int(env, 'MAX_WORKSPACE_BYTES', d.maxWorkspaceBytes, 1024),
    },
    rates: {
      workspacesPerMinute: int(env, 'RATE_WORKSPACES_PER_MINUTE', DEFAULT_RATES.workspacesPerMinute, 1),
      scenariosPerMinute: int(env, 'RATE_SCENARIOS_PER_MINUTE', DEFAULT_RATES.scenariosPerMinute, 1),
      versionsPerMinute: int(env, 'RATE_VERSIONS_PER_MINUTE', DEFAULT_RATES.versionsPerMinute, 1),
      importsPerMinute: int(env, 'RATE_IMPORTS_PER_MINUTE', DEFAULT_RATES.importsPerMinute, 1),
      exportsPerMinute: int(env, 'RATE_EXPORTS_PER_MINUTE', DEFAULT_RATES.exportsPerMinute, 1),
    },
    createToken: createToken(env),
    allowedOrigins: (env.ALLOWED_ORIGINS ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter((origin) => origin !== ''),
    compactThreshold: int(env, 'COMPACT_THRESHOLD', DEFAULT_CONFIG.compactThreshold, 1),
    autoVersionIntervalMs: int(env, 'AUTO_VERSION_INTERVAL_MS', DEFAULT_CONFIG.autoVersionIntervalMs, 100),
    roomIdleMs: int(env, 'ROOM_IDLE_MS', DEFAULT_CONFIG.roomIdleMs, 10),
  };
}

function createToken(env: Env): string | null {
  const raw = env.CREATE_TOKEN;
  if (raw === undefined || raw.trim() === '') return null;
  if (raw.trim().length < 16) {
    throw new ConfigError('CREATE_TOKEN must be at least 16 characters, so it cannot be guessed.');
  }
  return raw.trim();
}

/** For tests and embedding: the defaults with some fields replaced. */
export function makeConfig(
  overrides: Partial<Omit<Config, 'limits' | 'rates'>> & {
    limits?: Partial<Limits>;
    rates?: Partial<RateLimits>;
  },
): Config {
  return {
    ...DEFAULT_CONFIG,
    ...overrides,
    limits: { ...DEFAULT_LIMITS, ...overrides.limits },
    rates: { ...DEFAULT_RATES, ...overrides.rates },
  };
}
