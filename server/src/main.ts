import { startServer } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { createLogger } from './log.js';
import { DataDirInUseError } from './store/index.js';
import { startupLine } from './startupLine.js';

/** `node server/dist/main.js`: configuration from the environment, graceful stop on SIGTERM and SIGINT. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`OrgCanvas: ${error.message}`);
      process.exit(2);
    }
    throw error;
  }
  const log = createLogger(config.logLevel);
  let server;
  try {
    server = await startServer(config, { log });
  } catch (error) {
    if (error instanceof DataDirInUseError) {
      log.fatal({ pid: error.pid }, error.message);
      console.error(`OrgCanvas: ${error.message}`);
      process.exit(3);
    }
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      const message = `Port ${config.port} on ${config.host} is already in use. Set PORT to a free port.`;
      log.fatal(message);
      console.error(`OrgCanvas: ${message}`);
      process.exit(4);
    }
    // Most likely PostgreSQL or Redis cannot be reached; the driver's message names the host, never a password.
    const services = [
      config.store.kind === 'postgres' && 'DATABASE_URL',
      config.fanout.kind === 'redis' && 'REDIS_URL',
    ]
      .filter(Boolean)
      .join(' and ');
    const message =
      `The server could not start: ${(error as Error).message.replace(/\.+$/, '')}.` +
      (services ? ` Check that ${services} can be reached from here.` : '');
    log.fatal({ err: (error as Error).message }, message);
    console.error(`OrgCanvas: ${message}`);
    process.exit(5);
  }
  const running = server;
  // Last, after every log line of the start-up, so the terminal ends with where to go.
  console.log(startupLine(config.host, running.port));
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'stopping');
    running.close().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error({ err: (error as Error).message }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  // A lost connection to PostgreSQL or Redis surfaces in calls that are retried; a stray rejection is
  // logged, never allowed to take every other user's sockets down with the process.
  process.on('unhandledRejection', (reason: unknown) =>
    log.error({ err: reason instanceof Error ? reason.message : String(reason) }, 'unhandled rejection'),
  );
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
