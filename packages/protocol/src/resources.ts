import type { Comparison, DesignFile } from '@orgcanvas/model';

/** What a share link's token lets its holder do. */
export type Access = 'edit' | 'view';

/** `POST /api/workspaces` answers with both tokens, once: the server keeps only their hashes. */
export interface WorkspaceCreated {
  readonly id: string;
  readonly name: string;
  readonly editToken: string;
  readonly viewToken: string;
}

/** `POST /api/workspaces/:id/links` answers with the new tokens, once; the old ones open nothing now. */
export interface LinksReplaced {
  readonly editToken: string;
  readonly viewToken: string;
  /** ISO 8601; null when the links do not expire. */
  readonly expiresAt: string | null;
}

/** `GET /api/instance`: whether creating a workspace needs the operator's instance token (`CREATE_TOKEN`). */
export interface InstanceInfo {
  readonly createTokenRequired: boolean;
}

/** `GET /api/workspaces/:id`: the workspace as the presented token sees it. */
export interface Workspace {
  readonly id: string;
  readonly name: string;
  readonly access: Access;
  readonly scenarios: readonly ScenarioSummary[];
  /** Given to edit tokens only: the view link an editor may share. A viewer never learns more. */
  readonly viewToken?: string;
  /** ISO 8601 time the links stop working, if they were made to expire. */
  readonly linksExpireAt?: string | null;
}

/** Where a scenario's first content came from; `null` when it started blank. */
export type BasedOn =
  | { readonly kind: 'template'; readonly id: string }
  | { readonly kind: 'scenario'; readonly id: string }
  | { readonly kind: 'version'; readonly id: string; readonly versionId: string }
  | { readonly kind: 'import' };

export interface ScenarioSummary {
  readonly id: string;
  readonly name: string;
  readonly basedOn: BasedOn | null;
  /** ISO 8601 times. */
  readonly createdAt: string;
  readonly updatedAt: string;
  /** Who made the last change, as their editor names them; absent when the server does not know. */
  readonly updatedBy?: string;
  /** The scenario's committed headcount and monthly personnel cost, for the workspace list. */
  readonly figures?: ScenarioFigures;
}

export interface ScenarioFigures {
  readonly roles: number;
  readonly headcount: number;
  readonly cost: number;
  /** Some committed role has an empty pay amount: `cost` is a lower bound. */
  readonly costIncomplete: boolean;
}

/**
 * `GET /api/workspaces/:id/compare?a=<sid>&b=<sid>`: the model's `compare(a, b)` as it is, so the API and
 * the compare view read the same thing: `{diff: [{kind, roleId | unitId | noteId, ...}], roles, metrics: {a, b, delta}}`.
 */
export type ScenarioComparison = Comparison;

/** The scenario a fork or a version's fork came from, if any (templates and imports are not scenarios). */
export function forkedFromScenario(basedOn: BasedOn | null): string | null {
  return basedOn?.kind === 'scenario' || basedOn?.kind === 'version' ? basedOn.id : null;
}

export interface VersionSummary {
  readonly id: string;
  readonly createdAt: string;
  /** Empty for the server's periodic snapshots and for versions saved without a label. */
  readonly label: string;
  readonly author: string;
  /** Taken by the server while the scenario changed, rather than saved by someone. */
  readonly auto: boolean;
}

/** `GET .../versions/:vid`: the version with its design as JSON v1. */
export interface VersionDetail extends VersionSummary {
  readonly design: DesignFile;
}

/** The event stream `GET /api/workspaces/:id/events` sends this event, with the full list as data. */
export const SCENARIO_LIST_EVENT = 'scenarios';
export type ScenarioListEventData = readonly ScenarioSummary[];
