import type { Logger } from '../log.js';

/**
 * Whether a networked service (PostgreSQL, Redis) answers. A failure is logged once per outage, not once
 * per failed call; with a probe, it is retried with exponential back-off until it answers again. Nothing
 * here throws: callers keep failing fast (and clients retry) while the service is away.
 */
export class Reachability {
  private outage: Error | null = null;
  private probing = false;
  private stopped = false;
  private timer: NodeJS.Timeout | null = null;
  private readonly recoveredListeners = new Set<() => void>();

  constructor(
    readonly service: string,
    private readonly log: Logger,
    private readonly probe?: () => Promise<void>,
    private readonly delays = { firstMs: 250, maxMs: 10_000 },
  ) {}

  get reachable(): boolean {
    return this.outage === null;
  }

  /** Why the service is unreachable, or null. */
  get problem(): string | null {
    return this.outage?.message ?? null;
  }

  /** A call failed because the service could not be reached. */
  failed(error: Error): void {
    if (this.stopped) return;
    if (this.outage === null) {
      this.outage = error;
      this.log.warn({ service: this.service, err: error.message }, `${this.service} unreachable, retrying`);
    }
    if (this.probe && !this.probing) this.schedule(this.delays.firstMs);
  }

  /** A call succeeded (or the client reconnected): the outage, if any, is over. */
  succeeded(): void {
    if (this.outage === null) return;
    const lasted = this.outage;
    this.outage = null;
    this.log.info({ service: this.service, after: lasted.message }, `${this.service} reachable again`);
    for (const listener of this.recoveredListeners) listener();
  }

  onRecovered(listener: () => void): () => void {
    this.recoveredListeners.add(listener);
    return () => this.recoveredListeners.delete(listener);
  }

  private schedule(delay: number): void {
    this.probing = true;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.probe!().then(
        () => {
          this.probing = false;
          this.succeeded();
        },
        () => {
          if (this.stopped) return;
          this.schedule(Math.min(delay * 2, this.delays.maxMs));
        },
      );
    }, delay);
    this.timer.unref();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer !== null) clearTimeout(this.timer);
  }
}
