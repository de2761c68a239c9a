import { z } from 'zod';

/** The codes the server answers with; a client tells them apart without reading messages. */
export const ERROR_CODES = [
  'bad-url',
  'export-failed',
  'body-too-large',
  'create-token-required',
  'cross-origin',
  'internal',
  'invalid-csv',
  'invalid-design',
  'invalid-request',
  'link-expired',
  'link-replaced',
  'malformed-json',
  'method-not-allowed',
  'not-found',
  'rate-limited',
  'read-only',
  'scenario-not-found',
  'shutting-down',
  'template-not-found',
  'too-many-connections',
  'too-many-streams',
  'unauthorized',
  'unsupported-media-type',
  'version-not-found',
  'workspace-full',
] as const;

/**
 * A server code; on the client also `network` (the server could not be reached), `unexpected` (the
 * client itself failed) or `http-<status>` (an answer with no code this contract knows: a proxy's
 * error page, a newer server).
 */
export type ErrorCode = (typeof ERROR_CODES)[number] | 'network' | 'unexpected' | `http-${number}`;

/** One bad field of a request, named by its path (`design.roles.3.reportsTo`). */
export interface ErrorDetail {
  readonly path: string;
  readonly message: string;
  readonly messageZh?: string;
}

/** Every error answer of the API (and of a refused WebSocket upgrade) has this body. */
export interface ErrorBody {
  readonly error: {
    readonly code: ErrorCode;
    readonly message: string;
    readonly messageZh: string;
    readonly details?: readonly ErrorDetail[];
  };
}

const errorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    messageZh: z.string().optional(),
    details: z
      .array(z.object({ path: z.string(), message: z.string(), messageZh: z.string().optional() }))
      .optional(),
  }),
});

const knownCodes: ReadonlySet<string> = new Set(ERROR_CODES);

/**
 * An error a user can act on, in both UI languages, with the HTTP status it answers (0: no answer).
 * The server throws it and sends `toJSON()`; the client rebuilds it with `fromBody` and shows
 * `localized(locale)`.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly messageZh: string,
    readonly details?: readonly ErrorDetail[],
  ) {
    super(message);
    this.name = 'ApiError';
  }

  localized(locale: 'zh' | 'en'): string {
    return locale === 'zh' && this.messageZh ? this.messageZh : this.message;
  }

  toJSON(): ErrorBody {
    return {
      error: {
        code: this.code,
        message: this.message,
        messageZh: this.messageZh,
        ...(this.details ? { details: this.details } : {}),
      },
    };
  }

  /** The error an answer of `status` carries; an unreadable body still yields an error to show. */
  static fromBody(status: number, body: unknown): ApiError {
    const parsed = errorBodySchema.safeParse(body);
    if (!parsed.success) return new ApiError(status, `http-${status}`, `HTTP ${status}`, `HTTP ${status}`);
    const { code, message, messageZh, details } = parsed.data.error;
    return new ApiError(
      status,
      knownCodes.has(code) ? (code as ErrorCode) : `http-${status}`,
      message,
      messageZh ?? message,
      details,
    );
  }
}
