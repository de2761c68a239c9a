import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** 256 random bits, URL-safe, so a token can travel in a share link. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * The view token is derived one way from the edit token, so anyone holding the edit link can be
 * shown the view link to share (the server keeps only hashes and could not recall it otherwise),
 * while nobody can get from a view link to the edit link.
 */
export function viewTokenFor(editToken: string): string {
  return createHmac('sha256', editToken).update('orgcanvas view token v1').digest('base64url');
}

/** Ids are not secrets, but random ones do not reveal how many workspaces or scenarios exist. */
export function newId(): string {
  return randomBytes(12).toString('base64url');
}

export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Compares the hash of a presented token with a stored hash in constant time. */
export function tokenMatches(token: string, storedHash: string): boolean {
  const presented = Buffer.from(hashToken(token), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return presented.length === stored.length && timingSafeEqual(presented, stored);
}
