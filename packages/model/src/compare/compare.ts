import { diff } from '../diff/diff.js';
import type { Change, RoleSummary } from '../diff/types.js';
import { type Metrics, type MetricsOptions, metrics } from '../metrics/metrics.js';
import type { Design, Id } from '../types.js';

export interface UnitCostDelta {
  readonly unitId: Id;
  readonly name: string;
  /** Monthly cost in each design; 0 where the unit does not exist. */
  readonly a: number;
  readonly b: number;
  readonly delta: number;
}

/** b minus a for every number leadership compares. */
export interface MetricsDelta {
  readonly roles: number;
  readonly headcount: number;
  readonly optionalRoles: number;
  readonly optionalHeadcount: number;
  readonly units: number;
  readonly assistants: number;
  readonly layers: number;
  readonly spanMax: number;
  readonly spanMean: number;
  readonly spanMedian: number;
  readonly cost: {
    readonly total: number;
    readonly optionalTotal: number;
    /** Units of either design, a's outline order first, matched by id. */
    readonly byUnit: readonly UnitCostDelta[];
  };
  readonly coverage: {
    readonly rolesWithoutDuties: number;
    readonly itemsWithoutRecipient: number;
    readonly recipientsNotHeld: number;
  };
  readonly health: number;
}

export interface Comparison {
  readonly diff: readonly Change[];
  readonly roles: readonly RoleSummary[];
  readonly metrics: { readonly a: Metrics; readonly b: Metrics; readonly delta: MetricsDelta };
}

/** The diff of two designs with both designs' numbers and their differences: the compare view and API. */
export function compare(a: Design, b: Design, options: MetricsOptions = {}): Comparison {
  const difference = diff(a, b);
  const metricsA = metrics(a, options);
  const metricsB = metrics(b, options);
  return {
    diff: difference.changes,
    roles: difference.roles,
    metrics: { a: metricsA, b: metricsB, delta: deltaOf(metricsA, metricsB) },
  };
}

export function deltaOf(a: Metrics, b: Metrics): MetricsDelta {
  const byUnitB = new Map(b.cost.byUnit.map((entry) => [entry.unitId, entry]));
  const byUnitA = new Map(a.cost.byUnit.map((entry) => [entry.unitId, entry]));
  const byUnit: UnitCostDelta[] = [
    ...a.cost.byUnit.map((entry) => {
      const other = byUnitB.get(entry.unitId)?.total ?? 0;
      return {
        unitId: entry.unitId,
        name: byUnitB.get(entry.unitId)?.name ?? entry.name,
        a: entry.total,
        b: other,
        delta: other - entry.total,
      };
    }),
    ...b.cost.byUnit
      .filter((entry) => !byUnitA.has(entry.unitId))
      .map((entry) => ({ unitId: entry.unitId, name: entry.name, a: 0, b: entry.total, delta: entry.total })),
  ];
  return {
    roles: b.roles - a.roles,
    headcount: b.headcount - a.headcount,
    optionalRoles: b.optionalRoles - a.optionalRoles,
    optionalHeadcount: b.optionalHeadcount - a.optionalHeadcount,
    units: b.units - a.units,
    assistants: b.assistants - a.assistants,
    layers: b.layers - a.layers,
    spanMax: b.spanMax - a.spanMax,
    spanMean: b.span.mean - a.span.mean,
    spanMedian: b.span.median - a.span.median,
    cost: {
      total: b.cost.total - a.cost.total,
      optionalTotal: b.cost.optionalTotal - a.cost.optionalTotal,
      byUnit,
    },
    coverage: {
      rolesWithoutDuties: b.coverage.rolesWithoutDuties.length - a.coverage.rolesWithoutDuties.length,
      itemsWithoutRecipient:
        b.coverage.itemsWithoutRecipient.length - a.coverage.itemsWithoutRecipient.length,
      recipientsNotHeld: b.coverage.recipientsNotHeld.length - a.coverage.recipientsNotHeld.length,
    },
    health: b.health.length - a.health.length,
  };
}
