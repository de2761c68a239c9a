export { compare, deltaOf, type Comparison, type MetricsDelta, type UnitCostDelta } from './compare.js';
