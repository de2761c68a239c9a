export { type Access, accessFor, tokenOf } from './access.js';
export { newToken, newId, hashToken, tokenMatches, viewTokenFor, ID_PATTERN } from './tokens.js';
