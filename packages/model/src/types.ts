/**
 * The plain, immutable shapes every consumer reads: the canvas, the inspector, the server's export,
 * templates and (later) compare and slides. They are produced by `readDesign` (from a Y.Doc) or by
 * `fromJSON` (from a file); nothing writes them back directly, writes go through operations.
 */

export type Id = string;

/** How often a work item recurs; the seeds say 每天, 每星期, 每月 and so on. */
export const CADENCES = ['daily', 'weekly', 'monthly', 'quarterly', 'yearly', 'adhoc'] as const;
export type Cadence = (typeof CADENCES)[number];

export const UNIT_KINDS = ['company', 'centre', 'office', 'department', 'team'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const NOTE_KINDS = ['personnelCost', 'incentivePool', 'budget', 'plan', 'other'] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

/** One numbered work item of a responsibility area (职责与工作内容). */
export interface WorkItem {
  readonly id: Id;
  readonly text: string;
  readonly cadence: Cadence | null;
  /** A clock time or window as the user wrote it, e.g. "18:00" or "晚上 8 点-9 点". */
  readonly time: string | null;
  /**
   * The role or unit the result goes to (上报给运营经理, 反馈到公司客服部): a role id or a unit id of this
   * design. Ids the model makes carry r-/u- prefixes; if a file gives a role and a unit one id, it is the role.
   */
  readonly recipient: Id | null;
}

/** A heading with numbered work items; held by roles and by units. */
export interface ResponsibilityArea {
  readonly id: Id;
  readonly title: string;
  readonly items: readonly WorkItem[];
}

/**
 * 工资制度: 基本工资 + 岗位工资 + 标准绩效工资 × 个人绩效系数 × 部门绩效系数 + 奖惩.
 * Amounts are per person per month; null means "not set" (the seeds give the formula, not numbers).
 * The department coefficient lives on the unit.
 */
export interface Pay {
  readonly base: number | null;
  readonly position: number | null;
  readonly standardPerformance: number | null;
  readonly personalCoefficient: number | null;
  readonly bonusPenalty: number | null;
}

/** An internal collaborator (内部协作): a unit or role of this design, or one named in words only. */
export type Collaborator =
  | { readonly kind: 'unit'; readonly id: Id }
  | { readonly kind: 'role'; readonly id: Id }
  | { readonly kind: 'text'; readonly text: string };

export interface Unit {
  readonly id: Id;
  readonly name: string;
  readonly parentId: Id | null;
  readonly kind: UnitKind;
  /** A CSS hex colour, "#rrggbb". */
  readonly color: string;
  readonly responsibilities: readonly ResponsibilityArea[];
  /** 部门绩效系数; null means not set (reads as 1 in personnel cost). */
  readonly performanceCoefficient: number | null;
  readonly notes: string;
}

export interface Role {
  readonly id: Id;
  readonly title: string;
  readonly unitId: Id | null;
  /** The direct superior (直接上级) after concurrency repair; null for a top-level role. */
  readonly reportsTo: Id | null;
  /** Derived: direct subordinates (直接下级) in the user's sibling order. Never stored. */
  readonly subordinates: readonly Id[];
  /** How many people hold this role; a role can be a team. At least 0. */
  readonly headcount: number;
  /** A role the design "may also set up" (可增设). */
  readonly optional: boolean;
  /** An assistant or staff role, drawn beside its manager rather than in the line. */
  readonly assistant: boolean;
  /** 工作职责: the one-line purpose. */
  readonly purpose: string;
  readonly internalCollaborators: readonly Collaborator[];
  readonly externalParties: readonly string[];
  readonly responsibilities: readonly ResponsibilityArea[];
  /** 附加工作. */
  readonly additionalDuties: readonly string[];
  /** 工作时间. */
  readonly workingTime: string;
  readonly pay: Pay;
  /**
   * The role has no pay in this design (held by an owner, paid elsewhere): its cost is neither a
   * missing amount nor a silent zero, and personnel cost reports it apart.
   */
  readonly noPay: boolean;
  /** Dotted-line (secondary) managers of this role. */
  readonly dottedLines: readonly Id[];
  readonly notes: string;
}

/** What a design says beyond roles: a personnel-cost definition, an incentive pool, a budget, a plan. */
export interface DesignNote {
  readonly id: Id;
  readonly kind: NoteKind;
  readonly title: string;
  readonly text: string;
  /** An ISO date (YYYY-MM-DD) for dated plans, else null. */
  readonly date: string | null;
}

/**
 * The derived read model. Units and roles come in depth-first order of their forests, siblings in
 * the user's order, so the arrays themselves read as an outline.
 */
export interface Design {
  readonly name: string;
  readonly description: string;
  readonly units: readonly Unit[];
  readonly roles: readonly Role[];
  readonly notes: readonly DesignNote[];
}

export const EMPTY_PAY: Pay = Object.freeze({
  base: null,
  position: null,
  standardPerformance: null,
  personalCoefficient: null,
  bonusPenalty: null,
});
