import { type CostSummary, personnelCost } from '../cost/personnelCost.js';
import type { Design } from '../types.js';
import { type Coverage, coverageOf } from './coverage.js';
import { type HealthProblem, healthOf } from './health.js';
import { type SpanOfControl, structureOf } from './structure.js';

export interface MetricsOptions {
  /** A manager with more direct reports than this is flagged (default 8). */
  readonly spanLimit?: number;
  /** A reporting tree deeper than this is flagged (default 6). */
  readonly maxLayers?: number;
  /** A role receiving work results from more roles than this is flagged (default 6). */
  readonly recipientLimit?: number;
}

export const DEFAULT_METRICS_OPTIONS: Required<MetricsOptions> = {
  spanLimit: 8,
  maxLayers: 6,
  recipientLimit: 6,
};

/** The numbers leadership decides on, for one design. Plain data, so it serialises as the API's JSON. */
export interface Metrics {
  /** Committed roles and the people in them; optional roles (可增设) are counted apart. */
  readonly roles: number;
  readonly headcount: number;
  readonly optionalRoles: number;
  readonly optionalHeadcount: number;
  readonly units: number;
  readonly assistants: number;
  readonly layers: number;
  readonly spanMax: number;
  readonly span: SpanOfControl;
  readonly cost: CostSummary;
  readonly coverage: Coverage;
  readonly health: readonly HealthProblem[];
}

export function metrics(design: Design, options: MetricsOptions = {}): Metrics {
  const settings = { ...DEFAULT_METRICS_OPTIONS, ...options };
  const structure = structureOf(design, settings.spanLimit);
  const coverage = coverageOf(design, settings.recipientLimit);
  const cost = personnelCost(design);
  const { roles, headcount, optionalRoles, optionalHeadcount } = headcountOf(design);
  return {
    roles,
    headcount,
    optionalRoles,
    optionalHeadcount,
    units: design.units.length,
    assistants: design.roles.filter((role) => role.assistant).length,
    layers: structure.layers,
    spanMax: structure.span.max,
    span: structure.span,
    cost,
    coverage,
    health: healthOf(structure, coverage, cost, { maxLayers: settings.maxLayers }),
  };
}

export interface Headcount {
  readonly roles: number;
  readonly headcount: number;
  readonly optionalRoles: number;
  readonly optionalHeadcount: number;
}

/** Committed roles and their people, with optional roles (可增设) counted apart. */
export function headcountOf(design: Design): Headcount {
  let roles = 0;
  let headcount = 0;
  let optionalRoles = 0;
  let optionalHeadcount = 0;
  for (const role of design.roles) {
    if (role.optional) {
      optionalRoles++;
      optionalHeadcount += role.headcount;
    } else {
      roles++;
      headcount += role.headcount;
    }
  }
  return { roles, headcount, optionalRoles, optionalHeadcount };
}
