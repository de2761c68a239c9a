import { ApiError } from '../workspace/errors.js';

/**
 * Token buckets per action and client address: each holds a minute's worth of requests and refills
 * continuously, so a person clicking is never slowed while a script creating hundreds is stopped.
 * Buckets that have refilled are forgotten, so memory stays bounded by the addresses active now.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private lastSweep = 0;

  constructor(private readonly now: () => number = Date.now) {}

  /** Takes one token or throws 429 with the seconds until one is back (sent as Retry-After). */
  take(action: string, address: string, perMinute: number): void {
    const now = this.now();
    this.sweep(now);
    const key = `${action}\u0000${address}`;
    const ratePerMs = perMinute / 60_000;
    const bucket = this.buckets.get(key) ?? { tokens: perMinute, at: now };
    bucket.tokens = Math.min(perMinute, bucket.tokens + (now - bucket.at) * ratePerMs);
    bucket.at = now;
    if (bucket.tokens < 1) {
      this.buckets.set(key, bucket);
      const retryAfter = Math.max(1, Math.ceil((1 - bucket.tokens) / ratePerMs / 1000));
      throw rateLimited(retryAfter);
    }
    bucket.tokens -= 1;
    this.buckets.set(key, bucket);
  }

  private sweep(now: number): void {
    if (now - this.lastSweep < 60_000) return;
    this.lastSweep = now;
    for (const [key, bucket] of this.buckets) if (now - bucket.at > 60_000) this.buckets.delete(key);
  }
}

/** The 429 answer; `retryAfter` (seconds) also travels as the Retry-After header. */
export class RateLimitedError extends ApiError {
  constructor(readonly retryAfter: number) {
    super(
      429,
      'rate-limited',
      `Too many requests of this kind from your address. Try again in ${retryAfter} s.`,
      `来自您地址的此类请求过多，请在 ${retryAfter} 秒后重试。`,
    );
  }
}

function rateLimited(retryAfter: number): RateLimitedError {
  return new RateLimitedError(retryAfter);
}
