export { type DesignIndex, designIndex } from './designIndex.js';
export { ancestors, descendantCount } from './tree.js';
export { searchRoles } from './search.js';
export { type DeleteStep, planDelete } from './planDelete.js';
