import type { IncomingMessage } from 'node:http';
import { ApiError } from '../workspace/errors.js';

/** Reads a JSON body, refusing it as soon as it passes `limit` bytes (413) or if it is not JSON (400). */
export async function readJson(req: IncomingMessage, limit: number): Promise<unknown> {
  const type = req.headers['content-type'] ?? '';
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw tooLarge(limit);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.byteLength;
    if (size > limit) throw tooLarge(limit);
    chunks.push(buffer);
  }
  if (size === 0) return undefined;
  if (!/^application\/(.+\+)?json\b/i.test(type) && type !== '') {
    throw new ApiError(
      415,
      'unsupported-media-type',
      'Send the body as application/json.',
      '请求体须为 application/json。',
    );
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
  } catch (error) {
    throw new ApiError(
      400,
      'malformed-json',
      `The body is not valid JSON: ${(error as Error).message}`,
      '请求体不是有效的 JSON。',
    );
  }
}

function tooLarge(limit: number): ApiError {
  return new ApiError(
    413,
    'body-too-large',
    `The request body is larger than ${limit} bytes (MAX_BODY_BYTES).`,
    `请求体超过 ${limit} 字节的上限（MAX_BODY_BYTES）。`,
  );
}
