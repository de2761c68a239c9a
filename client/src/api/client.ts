import {
  ApiError,
  ROUTES,
  apiPath,
  withToken,
  type CreateScenarioRequest,
  type FontSubset,
  type FontSubsetRequest,
  type InstanceInfo,
  type LinksReplaced,
  type ScenarioSummary,
  type VersionDetail,
  type VersionSummary,
  type Workspace,
  type WorkspaceCreated,
} from '@orgcanvas/protocol';

/** What the client adds to the contract: how the new-scenario dialog names the source it chose. */
export type NewScenarioSource =
  | { readonly kind: 'blank' }
  | { readonly kind: 'template'; readonly template: string }
  | { readonly kind: 'fork'; readonly from: string; readonly version?: string }
  | { readonly kind: 'design'; readonly design: unknown }
  | { readonly kind: 'csv'; readonly csv: string };

type Fetch = typeof fetch;

interface RequestOptions {
  readonly method?: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  readonly token?: string;
  readonly body?: unknown;
}

/**
 * A typed client of the server's HTTP API. Every failure becomes an `ApiError` with the server's code
 * and both messages, so a caller shows `error.localized(locale)` and never parses bodies itself.
 */
export class ApiClient {
  constructor(
    private readonly base = '',
    private readonly fetchImpl: Fetch = (...args) => fetch(...args),
  ) {}

  /** `createToken`: the operator's instance token, when the server asks for one. */
  createWorkspace(name: string, createToken?: string): Promise<WorkspaceCreated> {
    return this.request(ROUTES.workspaces, { method: 'POST', body: { name }, token: createToken });
  }

  getInstance(): Promise<InstanceInfo> {
    return this.request(ROUTES.instance, {});
  }

  /** New edit and view links; every socket and page holding the old ones stops working. */
  replaceLinks(workspaceId: string, token: string, expiresInDays: number | null): Promise<LinksReplaced> {
    return this.request(apiPath(ROUTES.workspaceLinks, { id: workspaceId }), {
      method: 'POST',
      token,
      body: { expiresInDays },
    });
  }

  /** The chart font's glyphs for these characters, as `@font-face` rules to embed in an SVG. */
  fontSubset(workspaceId: string, token: string, text: FontSubsetRequest): Promise<FontSubset> {
    return this.request(apiPath(ROUTES.fontSubset, { id: workspaceId }), {
      method: 'POST',
      token,
      body: text,
    });
  }

  getWorkspace(workspaceId: string, token: string): Promise<Workspace> {
    return this.request(apiPath(ROUTES.workspace, { id: workspaceId }), { token });
  }

  createScenario(
    workspaceId: string,
    token: string,
    name: string,
    source: NewScenarioSource,
  ): Promise<ScenarioSummary> {
    return this.request(apiPath(ROUTES.scenarios, { id: workspaceId }), {
      method: 'POST',
      token,
      body: scenarioRequest(name, source),
    });
  }

  renameScenario(
    workspaceId: string,
    token: string,
    scenarioId: string,
    name: string,
  ): Promise<ScenarioSummary> {
    return this.request(apiPath(ROUTES.scenario, { id: workspaceId, sid: scenarioId }), {
      method: 'PATCH',
      token,
      body: { name },
    });
  }

  deleteScenario(workspaceId: string, token: string, scenarioId: string): Promise<void> {
    return this.request(apiPath(ROUTES.scenario, { id: workspaceId, sid: scenarioId }), {
      method: 'DELETE',
      token,
    });
  }

  exportUrl(workspaceId: string, token: string, scenarioId: string): string {
    return this.base + withToken(apiPath(ROUTES.scenarioExport, { id: workspaceId, sid: scenarioId }), token);
  }

  listVersions(workspaceId: string, token: string, scenarioId: string): Promise<VersionSummary[]> {
    return this.request(apiPath(ROUTES.versions, { id: workspaceId, sid: scenarioId }), { token });
  }

  saveVersion(
    workspaceId: string,
    token: string,
    scenarioId: string,
    label: string,
    author: string,
  ): Promise<VersionSummary> {
    return this.request(apiPath(ROUTES.versions, { id: workspaceId, sid: scenarioId }), {
      method: 'POST',
      token,
      body: { label, author },
    });
  }

  getVersion(
    workspaceId: string,
    token: string,
    scenarioId: string,
    versionId: string,
  ): Promise<VersionDetail> {
    return this.request(apiPath(ROUTES.version, { id: workspaceId, sid: scenarioId, vid: versionId }), {
      token,
    });
  }

  eventsUrl(workspaceId: string, token: string): string {
    return this.base + withToken(apiPath(ROUTES.workspaceEvents, { id: workspaceId }), token);
  }

  private async request<T>(path: string, options: RequestOptions): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (options.token) headers.Authorization = `Bearer ${options.token}`;
    if (options.body !== undefined) headers['Content-Type'] = 'application/json';
    let response: Response;
    try {
      response = await this.fetchImpl(`${this.base}${path}`, {
        method: options.method ?? 'GET',
        headers,
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
      });
    } catch (cause) {
      throw new ApiError(0, 'network', `Cannot reach the server (${String(cause)})`, '无法连接服务器');
    }
    const text = await response.text();
    const parsed = parseBody(text);
    if (!response.ok) throw ApiError.fromBody(response.status, parsed);
    return parsed as T;
  }
}

function parseBody(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** The request body of a new scenario: the name and at most one source. */
function scenarioRequest(name: string, source: NewScenarioSource): CreateScenarioRequest {
  switch (source.kind) {
    case 'blank':
      return { name };
    case 'template':
      return { name, template: source.template };
    case 'fork':
      return source.version
        ? { name, from: source.from, version: source.version }
        : { name, from: source.from };
    case 'design':
      return { name, design: source.design };
    case 'csv':
      return { name, csv: source.csv };
  }
}

export const api = new ApiClient();
