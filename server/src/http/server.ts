import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Config } from '../config.js';
import { connectionId, type Logger } from '../log.js';
import { ApiError } from '../workspace/errors.js';
import { notFound, sendError } from './respond.js';
import type { Router } from './router.js';
import { RateLimitedError } from './rateLimit.js';
import { checkOrigin, setSecurityHeaders } from './security.js';
import { serveStatic } from './static.js';

/**
 * The HTTP entry: API routes first, then the static client. Every handler is guarded: an error becomes a
 * JSON answer, never a crash. Paths are logged without their query string, where tokens travel.
 */
export function httpHandler(config: Config, routes: Router, log: Logger) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const started = Date.now();
    setSecurityHeaders(res);
    const rawPath = (req.url ?? '/').split('?')[0] ?? '/';
    const reqLog = log.child({ req: connectionId('http') });
    res.on('finish', () =>
      reqLog.info(
        { method: req.method, path: rawPath, status: res.statusCode, ms: Date.now() - started },
        'request',
      ),
    );
    const fail = (error: unknown) => {
      if (error instanceof RateLimitedError && !res.headersSent) {
        res.setHeader('Retry-After', String(error.retryAfter));
      }
      if (error instanceof ApiError) {
        sendError(res, error);
        return;
      }
      reqLog.error({ err: (error as Error).message, stack: (error as Error).stack }, 'request failed');
      sendError(
        res,
        new ApiError(
          500,
          'internal',
          'Something went wrong on the server. Try again.',
          '服务器出错，请重试。',
        ),
      );
    };
    try {
      let url: URL;
      try {
        url = new URL(req.url ?? '/', 'http://localhost');
      } catch {
        throw new ApiError(400, 'bad-url', 'The address is not valid.', '地址无效。');
      }
      const method = req.method ?? 'GET';
      const isApi = rawPath === '/healthz' || rawPath === '/api' || rawPath.startsWith('/api/');
      if (isApi) {
        checkOrigin(req, config.allowedOrigins);
        const match = routes.match(method, url.pathname);
        if ('handler' in match) {
          Promise.resolve(match.handler({ req, res, url, params: match.params })).catch(fail);
          return;
        }
        if (match.allowed.length > 0) {
          res.setHeader('Allow', match.allowed.join(', '));
          throw new ApiError(
            405,
            'method-not-allowed',
            `Use ${match.allowed.join(' or ')} here.`,
            `此地址请使用 ${match.allowed.join(' 或 ')}。`,
          );
        }
        throw notFound();
      }
      if ((method === 'GET' || method === 'HEAD') && serveStatic(config.clientDir, req, res, rawPath)) return;
      throw notFound();
    } catch (error) {
      fail(error);
    }
  };
}
