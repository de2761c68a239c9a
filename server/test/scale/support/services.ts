import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

const SCRIPT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../scripts/services.sh');

declare module 'vitest' {
  export interface ProvidedContext {
    /** A PostgreSQL superuser URL on a private port; tests create their own databases in it. */
    databaseUrl: string;
    redisUrl: string;
  }
}

/** Starts real PostgreSQL and Redis (Debian's packages) for the run and stops them after it. */
export default function setup(project: TestProject): () => void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'orgcanvas-services-'));
  const output = execFileSync('bash', [SCRIPT, 'start', dir], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const env = Object.fromEntries(
    output
      .trim()
      .split('\n')
      .map((line) => line.split(/=(.*)/s).slice(0, 2) as [string, string]),
  );
  if (!env.DATABASE_URL || !env.REDIS_URL) throw new Error(`services.sh printed no URLs:\n${output}`);
  project.provide('databaseUrl', env.DATABASE_URL);
  project.provide('redisUrl', env.REDIS_URL);
  return () => {
    execFileSync('bash', [SCRIPT, 'stop', dir], { stdio: 'inherit' });
  };
}
