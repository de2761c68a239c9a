import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { startChildServer, type ChildServer } from '../../support/child.js';

/** A new, empty database on the test PostgreSQL, so each test starts from nothing (migrations too). */
export async function freshDatabase(): Promise<string> {
  const admin = inject('databaseUrl');
  const name = `oc_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Runs one statement against a database and returns its rows. */
export async function sql<R extends pg.QueryResultRow>(url: string, text: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<R>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** The test Redis (one per run: scenario ids are random, so tests never share a channel). */
export function redisUrl(): string {
  return inject('redisUrl');
}

/** The built server as a child process on the shared PostgreSQL and Redis. */
export function startScaledServer(
  databaseUrl: string,
  env: Record<string, string> = {},
): Promise<ChildServer> {
  return startChildServer({
    STORE: 'postgres',
    DATABASE_URL: databaseUrl,
    FANOUT: 'redis',
    REDIS_URL: redisUrl(),
    MAX_UPDATES_PER_SECOND: '100000',
    ...env,
  });
}
