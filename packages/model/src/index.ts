/**
 * @orgcanvas/model: the role and duty model. Pure TypeScript, no DOM. Everything public is here.
 */
export * from './types.js';
export * from './result.js';
export { newId } from './ids.js';
export { UNIT_PALETTE, unitColour } from './palette.js';
export { SCHEMA_VERSION, type ParentPointer } from './doc/schema.js';
export { writeDesign } from './doc/writeDesign.js';
export { migrateDoc, needsMigration } from './doc/migrate.js';
export { readDesign } from './read/readDesign.js';
export { rolesChangedSince } from './read/delta.js';
export { LIMITS } from './read/tolerant.js';
export * from './query/index.js';
export * from './ops/index.js';
export { generateOrg, type GenerateOptions } from './generate/generateOrg.js';
export { seededRandom } from './generate/random.js';
export {
  roleCost,
  designCost,
  personnelCost,
  PAY_AMOUNTS,
  type RoleCost,
  type UnitCost,
  type CostSummary,
  type PayAmount,
  type PayCoefficient,
} from './cost/personnelCost.js';
export * from './metrics/index.js';
export * from './diff/index.js';
export * from './compare/index.js';
export { toJSON, toJSONValue } from './json/export.js';
export { fromJSON, parseDesign, formatPath } from './json/import.js';
export {
  DESIGN_FORMAT,
  DESIGN_VERSION,
  MAX_FILE_BYTES,
  designFileSchema,
  type DesignFile,
  type DesignFileInput,
} from './json/schema.js';
export * from './layout/index.js';
export * from './scene/index.js';
export * from './csv/index.js';
