import type { Store } from './store/types.js';
import type { Fanout } from './sync/fanout.js';

export interface PartHealth {
  readonly kind: string;
  readonly ok: boolean;
  /** Why it cannot be reached (never a credential: driver messages name hosts, not passwords). */
  readonly problem?: string;
}

export interface HealthReport {
  readonly ok: boolean;
  readonly store: PartHealth;
  readonly fanout: PartHealth;
  readonly error?: { readonly code: string; readonly message: string; readonly messageZh: string };
}

const TIMEOUT_MS = 2_000;

async function check(kind: string, ping: () => Promise<void>): Promise<PartHealth> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      ping(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
      }),
    ]);
    return { kind, ok: true };
  } catch (error) {
    return { kind, ok: false, problem: (error as Error).message };
  } finally {
    clearTimeout(timer);
  }
}

/** `/healthz`: which store and fan-out this process uses, and whether both answer right now. */
export async function healthOf(store: Store, fanout: Fanout): Promise<HealthReport> {
  const [storePart, fanoutPart] = await Promise.all([
    check(store.kind, () => store.ping()),
    check(fanout.kind, () => fanout.ping()),
  ]);
  const ok = storePart.ok && fanoutPart.ok;
  if (ok) return { ok, store: storePart, fanout: fanoutPart };
  const down = [storePart, fanoutPart].filter((part) => !part.ok).map((part) => part.kind);
  return {
    ok,
    store: storePart,
    fanout: fanoutPart,
    error: {
      code: 'unhealthy',
      message: `This server cannot reach ${down.join(' and ')}; it retries on its own.`,
      messageZh: `该服务器无法连接 ${down.join(' 和 ')}，正在自动重试。`,
    },
  };
}
