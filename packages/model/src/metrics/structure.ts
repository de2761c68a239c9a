import type { Design, Id, Role } from '../types.js';

export interface SpanOfControl {
  /** Over managers only: roles with at least one direct line report. */
  readonly mean: number;
  readonly median: number;
  readonly max: number;
  /** How many managers have each span, e.g. `{ "3": 2 }`: two managers with three reports. */
  readonly distribution: Readonly<Record<string, number>>;
  /** Managers with exactly one direct report. */
  readonly singleReport: readonly Id[];
  /** Managers with more direct reports than `limit`. */
  readonly overLimit: readonly Id[];
  readonly limit: number;
}

export interface Structure {
  /** Depth of the reporting tree: a lone top role is one layer. */
  readonly layers: number;
  /** A role at the deepest layer, so a "too deep" problem has a role to point at. */
  readonly deepestRole: Id | null;
  /** Layer of each role (1 for a top role); assistants sit on their manager's layer. */
  readonly layerOf: ReadonlyMap<Id, number>;
  readonly span: SpanOfControl;
  /** Direct line reports per manager. */
  readonly reportsOf: ReadonlyMap<Id, number>;
}

/**
 * Layers and span of control. Span counts people: the headcount of a manager's direct line reports,
 * leaving out assistants (staff beside the line, not in it) and optional roles (not committed).
 */
export function structureOf(design: Design, spanLimit: number): Structure {
  const byId = new Map(design.roles.map((role) => [role.id, role]));
  const layerOf = new Map<Id, number>();
  let layers = 0;
  let deepestRole: Id | null = null;
  // Roles come depth first, so a manager's layer is known before its reports'.
  for (const role of design.roles) {
    const manager = role.reportsTo === null ? undefined : byId.get(role.reportsTo);
    const managerLayer = manager === undefined ? 0 : (layerOf.get(manager.id) ?? 0);
    const layer = role.assistant && manager !== undefined ? managerLayer : managerLayer + 1;
    layerOf.set(role.id, layer);
    if (layer > layers) {
      layers = layer;
      deepestRole = role.id;
    }
  }
  const reportsOf = new Map<Id, number>();
  for (const role of design.roles) {
    const people = role.subordinates
      .map((id) => byId.get(id))
      .filter((report): report is Role => report !== undefined && inLine(report))
      .reduce((sum, report) => sum + report.headcount, 0);
    if (people > 0) reportsOf.set(role.id, people);
  }
  return { layers, deepestRole, layerOf, reportsOf, span: spanOf(reportsOf, spanLimit) };
}

function inLine(role: Role): boolean {
  return !role.assistant && !role.optional;
}

function spanOf(reportsOf: ReadonlyMap<Id, number>, limit: number): SpanOfControl {
  const spans = [...reportsOf.values()];
  const sorted = [...spans].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length === 0
      ? 0
      : sorted.length % 2 === 1
        ? sorted[middle]!
        : (sorted[middle - 1]! + sorted[middle]!) / 2;
  const distribution: Record<string, number> = {};
  for (const span of sorted) distribution[String(span)] = (distribution[String(span)] ?? 0) + 1;
  const managers = [...reportsOf.entries()];
  return {
    mean: spans.length === 0 ? 0 : spans.reduce((sum, span) => sum + span, 0) / spans.length,
    median,
    max: sorted.at(-1) ?? 0,
    distribution,
    singleReport: managers.filter(([, span]) => span === 1).map(([id]) => id),
    overLimit: managers.filter(([, span]) => span > limit).map(([id]) => id),
    limit,
  };
}
