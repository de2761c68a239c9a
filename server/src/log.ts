import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * Structured logs on stdout. Tokens never reach a log line: request paths are logged without their
 * query string, and any field named like a token or an authorization header is redacted as a backstop.
 */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'orgcanvas-server' },
    redact: {
      paths: [
        'token',
        '*.token',
        'editToken',
        'viewToken',
        'authorization',
        '*.authorization',
        'headers.authorization',
      ],
      censor: '[redacted]',
    },
  });
}

let nextConnection = 0;

/** A short id that follows one socket or request through the logs. */
export function connectionId(prefix: 'ws' | 'http' | 'sse'): string {
  nextConnection += 1;
  return `${prefix}-${nextConnection.toString(36)}`;
}
