/**
 * Errors are values: every refusal carries a stable code, a path where one applies, and a message a
 * user can act on in both UI languages.
 */
export interface ModelError {
  readonly code: ModelErrorCode;
  /** Where the problem is, e.g. `roles[3].reportsTo`; empty when it concerns the whole input. */
  readonly path: string;
  readonly message: string;
  readonly messageZh: string;
}

export type ModelErrorCode =
  | 'unknown-role'
  | 'unknown-unit'
  | 'unknown-area'
  | 'unknown-item'
  | 'unknown-note'
  | 'cycle'
  | 'invalid-value'
  | 'duplicate-id'
  | 'too-large'
  | 'malformed-json'
  | 'wrong-format'
  | 'too-many-errors'
  | 'changed-meanwhile'
  | 'needs-change'
  | 'malformed-csv';

export type Result<T, E = ModelError> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

export function ok<T>(value: T): Result<T, never> {
  return { ok: true, value };
}

export function fail(code: ModelErrorCode, message: string, messageZh: string, path = ''): Result<never> {
  return { ok: false, error: { code, path, message, messageZh } };
}

export function modelError(code: ModelErrorCode, message: string, messageZh: string, path = ''): ModelError {
  return { code, path, message, messageZh };
}
