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
  linkReplaced: () =>
    new ApiError(
      401,
      'link-replaced',
      'This link was replaced by a new one: someone with the edit link made new links, so this one no longer opens the workspace. Ask them for the new link.',
      '此链接已被替换：有编辑权限的人生成了新链接，旧链接已无法打开该工作区。请向他们索取新链接。',
    ),
  linkExpired: () =>
    new ApiError(
      401,
      'link-expired',
      'This link has expired. Ask someone with the edit link for a new one.',
      '此链接已过期。请向有编辑权限的人索取新链接。',
    ),
  createTokenRequired: () =>
    new ApiError(
      401,
      'create-token-required',
      'This server asks for its instance token to create a workspace. Ask the person who runs it, then enter it here.',
      '此服务器创建工作区需要实例令牌。请向服务器管理员索取后在此填写。',
    ),
  workspaceFull: (limitBytes: number) =>
    new ApiError(
      413,
      'workspace-full',
      `This workspace has reached its storage limit (${Math.round(limitBytes / 1024 / 1024)} MB). Delete scenarios you no longer need, or ask the operator to raise MAX_WORKSPACE_BYTES.`,
      `该工作区已达到存储上限（${Math.round(limitBytes / 1024 / 1024)} MB）。请删除不再需要的方案，或请管理员调高 MAX_WORKSPACE_BYTES。`,
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
