import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import { type Fanout, LocalFanout } from './fanout.js';
import { RedisFanout } from './fanout-redis.js';

/** The fan-out the configuration names: in-process (the default) or Redis at REDIS_URL. */
export async function openFanout(config: Config, log: Logger): Promise<Fanout> {
  if (config.fanout.kind === 'redis') return RedisFanout.open(config.fanout.url, log);
  return new LocalFanout();
}
