import fs from 'node:fs';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { PAGE_ROOT } from '@orgcanvas/protocol';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** Vite names built assets with a content hash, so they never change under one name. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

const PLACEHOLDER = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>OrgCanvas</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 4rem auto; line-height: 1.5">
<h1>OrgCanvas server is running</h1>
<p>The web client is not built yet, so there is nothing to show here. Run <code>npm start</code> from the
repository root (it builds every package), or set <code>CLIENT_DIR</code> to a built client.</p>
<p lang="zh">服务器已运行，但网页客户端尚未构建。请在仓库根目录运行 <code>npm start</code>。</p>
</body></html>`;

/**
 * Splits a raw request path into decoded segments, or null if any segment could climb out of the root
 * (`..`, `.`, an encoded slash or backslash, a NUL) or does not decode.
 */
export function safeSegments(rawPath: string): string[] | null {
  const segments: string[] = [];
  for (const raw of rawPath.split('/')) {
    if (raw === '') continue;
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (segment === '.' || segment === '..' || /[/\\\0]/.test(segment)) return null;
    segments.push(segment);
  }
  return segments;
}

function isSpaRoute(segments: readonly string[]): boolean {
  return segments.length === 0 || segments[0] === PAGE_ROOT;
}

/**
 * Serves the built client: files under `clientDir`, `index.html` for the app's own routes (`/`, `/w/...`),
 * and a placeholder page when the client is not built. Returns false when nothing matched.
 */
export function serveStatic(
  clientDir: string,
  req: IncomingMessage,
  res: ServerResponse,
  rawPath: string,
): boolean {
  const segments = safeSegments(rawPath);
  if (segments === null) {
    res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Bad path');
    return true;
  }
  const root = path.resolve(clientDir);
  const index = path.join(root, 'index.html');
  const candidate = path.resolve(root, ...segments);
  if (candidate !== root && !candidate.startsWith(root + path.sep)) {
    res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Bad path');
    return true;
  }

  let file: string | null = null;
  if (segments.length > 0 && isFile(candidate)) file = candidate;
  else if (isSpaRoute(segments) && isFile(index)) file = index;

  if (file === null) {
    if (!isSpaRoute(segments)) return false;
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' });
    res.end(req.method === 'HEAD' ? undefined : PLACEHOLDER);
    return true;
  }

  const hashedAsset = segments[0] === 'assets' && file !== index;
  const stat = fs.statSync(file);
  res.writeHead(200, {
    'Content-Type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': stat.size,
    'Cache-Control': hashedAsset ? IMMUTABLE : 'no-cache',
    'X-Content-Type-Options': 'nosniff',
  });
  if (req.method === 'HEAD') {
    res.end();
    return true;
  }
  fs.createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
  return true;
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}
