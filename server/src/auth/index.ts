export { type Access, accessFor, tokenOf } from './access.js';
export { newToken, newId, hashToken, tokenMatches, ID_PATTERN } from './tokens.js';
