/**
 * An error a user can act on, in both UI languages, with the HTTP status it answers. Every API error is
 * sent as `{error: {code, message, messageZh, details?}}`.
 */
export interface ErrorDetail {
  readonly path: string;
  readonly message: string;
  readonly messageZh?: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly messageZh: string,
    readonly details?: readonly ErrorDetail[],
  ) {
    super(message);
  }

  toJSON() {
    return {
      error: {
        code: this.code,
        message: this.message,
        messageZh: this.messageZh,
        ...(this.details ? { details: this.details } : {}),
      },
    };
  }
}

export const errors = {
  unauthorized: () =>
    new ApiError(
      401,
      'unauthorized',
      'This link is not valid for this workspace: the token is missing or wrong. Ask for a new share link.',
      '链接无效：缺少令牌或令牌不正确。请向分享者索取新的链接。',
    ),
  readOnly: () =>
    new ApiError(
      403,
      'read-only',
      'This is a view-only link. Ask for the edit link to make changes.',
      '这是只读链接。如需修改，请索取编辑链接。',
    ),
  scenarioNotFound: () =>
    new ApiError(
      404,
      'scenario-not-found',
      'This scenario does not exist (it may have been deleted).',
      '该方案不存在（可能已被删除）。',
    ),
  versionNotFound: () =>
    new ApiError(404, 'version-not-found', 'This version does not exist.', '该版本不存在。'),
  templateNotFound: (id: string) =>
    new ApiError(
      400,
      'template-not-found',
      `There is no template "${id}". GET /api/templates lists them.`,
      `不存在模板“${id}”。可通过 GET /api/templates 查看全部模板。`,
      [{ path: 'template', message: `unknown template "${id}"` }],
    ),
};
