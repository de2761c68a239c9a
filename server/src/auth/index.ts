export { type Access, accessFor, linkState, tokenOf } from './access.js';
export { newToken, newId, hashToken, tokenMatches, viewTokenFor, ID_PATTERN } from './tokens.js';
