import { ApiError } from '@orgcanvas/protocol';

/** The contract's error (`{error: {code, message, messageZh, details?}}`), thrown by every layer here. */
export { ApiError };
export type { ErrorDetail } from '@orgcanvas/protocol';

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
