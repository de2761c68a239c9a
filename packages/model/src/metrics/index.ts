export {
  metrics,
  headcountOf,
  DEFAULT_METRICS_OPTIONS,
  type Headcount,
  type Metrics,
  type MetricsOptions,
} from './metrics.js';
export type { SpanOfControl } from './structure.js';
export { WEEKLY_OCCURRENCES, type Coverage, type ItemRef, type Workload } from './coverage.js';
export type { HealthProblem } from './health.js';
