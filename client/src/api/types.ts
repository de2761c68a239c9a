/** The collaboration server's HTTP contract (server issue), as the client reads it. */

export type Access = 'edit' | 'view';

export interface WorkspaceCreated {
  readonly id: string;
  readonly name: string;
  readonly editToken: string;
  readonly viewToken: string;
}

export interface ScenarioOrigin {
  readonly kind: string;
  readonly id?: string;
}

export interface ScenarioSummary {
  readonly id: string;
  readonly name: string;
  /** What the scenario started from: a template, another scenario (a fork) or an imported file. */
  readonly basedOn: ScenarioOrigin | string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface Workspace {
  readonly id: string;
  readonly name: string;
  readonly access: Access;
  readonly scenarios: readonly ScenarioSummary[];
  /** Given to edit tokens only: the view link an editor may share. */
  readonly viewToken?: string;
}

export interface VersionSummary {
  readonly id: string;
  readonly label: string;
  readonly author: string;
  readonly createdAt: string;
  /** True for the server's periodic snapshots. */
  readonly auto?: boolean;
  readonly roles?: number;
}

export interface VersionDetail extends VersionSummary {
  /** The design as JSON v1. */
  readonly design: unknown;
}

export type NewScenarioSource =
  | { readonly kind: 'blank' }
  | { readonly kind: 'template'; readonly template: string }
  | { readonly kind: 'fork'; readonly from: string; readonly version?: string }
  | { readonly kind: 'design'; readonly design: unknown };

/** The server's error body: `{error: {code, message, messageZh}}`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly messageZh: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  localized(locale: 'zh' | 'en'): string {
    return locale === 'zh' && this.messageZh ? this.messageZh : this.message;
  }
}
