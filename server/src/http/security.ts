import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiError } from '../workspace/errors.js';

/**
 * Headers on every answer. The app runs no inline script and loads nothing from elsewhere, so the
 * policy allows only this origin; `frame-ancestors 'none'` and X-Frame-Options keep it out of other
 * sites' frames (no click-jacking of a share link's page). Pages carry tokens in their address, so no
 * Referer ever leaves them.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export function setSecurityHeaders(res: ServerResponse): void {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
}

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * A browser on another site can send a POST here with a stolen or guessed page's help; it always says
 * where it comes from (Origin, and Sec-Fetch-Site in current browsers). Such a request is refused
 * unless it comes from this server's own origin (or one the operator allows). Requests that name no
 * origin do not come from a web page (curl, scripts) and are not a cross-site risk.
 */
export function checkOrigin(req: IncomingMessage, allowedOrigins: readonly string[]): void {
  if (!STATE_CHANGING.has(req.method ?? 'GET')) return;
  const origin = req.headers.origin;
  const site = req.headers['sec-fetch-site'];
  if (origin === undefined) {
    if (site === 'cross-site') throw crossOrigin();
    return;
  }
  const host = req.headers.host;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw crossOrigin();
  }
  if (host !== undefined && originHost === host) return;
  if (allowedOrigins.includes(origin)) return;
  throw crossOrigin();
}

function crossOrigin(): ApiError {
  return new ApiError(
    403,
    'cross-origin',
    'This request came from another website and was refused. Open OrgCanvas itself to make changes.',
    '该请求来自其他网站，已被拒绝。请在 OrgCanvas 本身中进行修改。',
  );
}
