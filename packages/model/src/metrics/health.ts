import type { CostSummary } from '../cost/personnelCost.js';
import type { Id } from '../types.js';
import type { Coverage } from './coverage.js';
import type { Structure } from './structure.js';

/** One thing leadership may want to look at, pointing at the role it concerns. */
export interface HealthProblem {
  readonly code:
    | 'too-deep'
    | 'span-too-wide'
    | 'span-too-narrow'
    | 'no-duties'
    | 'pay-incomplete'
    | 'recipient-not-held'
    | 'recipient-overloaded';
  readonly roleId: Id;
  /** The measured value (layers, reports, senders) where the check has one. */
  readonly value?: number;
  readonly limit?: number;
}

export interface HealthLimits {
  readonly maxLayers: number;
}

/** The checks in a fixed order (structure, then duties, then pay), roles in outline order within each. */
export function healthOf(
  structure: Structure,
  coverage: Coverage,
  cost: CostSummary,
  limits: HealthLimits,
): HealthProblem[] {
  const problems: HealthProblem[] = [];
  if (structure.layers > limits.maxLayers && structure.deepestRole !== null) {
    problems.push({
      code: 'too-deep',
      roleId: structure.deepestRole,
      value: structure.layers,
      limit: limits.maxLayers,
    });
  }
  for (const roleId of structure.span.overLimit) {
    problems.push({
      code: 'span-too-wide',
      roleId,
      value: structure.reportsOf.get(roleId)!,
      limit: structure.span.limit,
    });
  }
  for (const roleId of structure.span.singleReport) {
    problems.push({ code: 'span-too-narrow', roleId, value: 1 });
  }
  for (const roleId of coverage.rolesWithoutDuties) problems.push({ code: 'no-duties', roleId });
  for (const roleId of coverage.recipientsNotHeld) problems.push({ code: 'recipient-not-held', roleId });
  for (const entry of coverage.overloadedRecipients) {
    problems.push({
      code: 'recipient-overloaded',
      roleId: entry.roleId,
      value: entry.senders,
      limit: coverage.recipientLimit,
    });
  }
  for (const roleId of cost.incompleteRoles) problems.push({ code: 'pay-incomplete', roleId });
  return problems;
}
