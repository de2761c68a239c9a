import type { IncomingMessage } from 'node:http';
import type { Access } from '@orgcanvas/protocol';
import type { WorkspaceRecord } from '../store/types.js';
import { tokenMatches } from './tokens.js';

export type { Access };

/** The token of a request: `Authorization: Bearer T` first, else `?token=T` (browsers' WebSockets cannot set headers). */
export function tokenOf(req: IncomingMessage, url: URL): string | null {
  const header = req.headers.authorization;
  if (typeof header === 'string') {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (match?.[1]) return match[1];
  }
  const query = url.searchParams.get('token');
  return query !== null && query !== '' ? query : null;
}

/** What a token may do in a workspace, or null. Both hashes are always compared, so timing tells nothing. */
export function accessFor(workspace: WorkspaceRecord, token: string | null, now = Date.now()): Access | null {
  const state = linkState(workspace, token, now);
  return state === 'edit' || state === 'view' ? state : null;
}

/**
 * What a presented token is for this workspace: a current link (edit or view), one that was replaced
 * or has expired (so the person can be told why it stopped working), or nothing at all. Every stored
 * hash is compared, each in constant time, so timing tells nothing either way.
 */
export function linkState(
  workspace: WorkspaceRecord,
  token: string | null,
  now = Date.now(),
): Access | 'replaced' | 'expired' | null {
  if (token === null || token.length > 256) return null;
  const edit = tokenMatches(token, workspace.editTokenHash);
  const view = tokenMatches(token, workspace.viewTokenHash);
  const replaced = [workspace.replacedEditTokenHash, workspace.replacedViewTokenHash]
    .map((hash) => typeof hash === 'string' && tokenMatches(token, hash))
    .some(Boolean);
  const current = edit ? 'edit' : view ? 'view' : null;
  if (current !== null) {
    const expires = workspace.linksExpireAt;
    return typeof expires === 'number' && now >= expires ? 'expired' : current;
  }
  return replaced ? 'replaced' : null;
}
