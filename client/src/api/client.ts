import {
  ApiError,
  type NewScenarioSource,
  type ScenarioSummary,
  type VersionDetail,
  type VersionSummary,
  type Workspace,
  type WorkspaceCreated,
} from './types';

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

  createWorkspace(name: string): Promise<WorkspaceCreated> {
    return this.request('/api/workspaces', { method: 'POST', body: { name } });
  }

  getWorkspace(workspaceId: string, token: string): Promise<Workspace> {
    return this.request(`/api/workspaces/${enc(workspaceId)}`, { token });
  }

  createScenario(
    workspaceId: string,
    token: string,
    name: string,
    source: NewScenarioSource,
  ): Promise<ScenarioSummary> {
    const body: Record<string, unknown> = { name };
    if (source.kind === 'template') body.template = source.template;
    if (source.kind === 'fork') {
      body.from = source.from;
      if (source.version) body.version = source.version;
    }
    if (source.kind === 'design') body.design = source.design;
    return this.request(`/api/workspaces/${enc(workspaceId)}/scenarios`, { method: 'POST', token, body });
  }

  renameScenario(
    workspaceId: string,
    token: string,
    scenarioId: string,
    name: string,
  ): Promise<ScenarioSummary> {
    return this.request(scenarioPath(workspaceId, scenarioId), { method: 'PATCH', token, body: { name } });
  }

  deleteScenario(workspaceId: string, token: string, scenarioId: string): Promise<void> {
    return this.request(scenarioPath(workspaceId, scenarioId), { method: 'DELETE', token });
  }

  exportUrl(workspaceId: string, token: string, scenarioId: string): string {
    return `${this.base}${scenarioPath(workspaceId, scenarioId)}/export.json?token=${enc(token)}`;
  }

  listVersions(workspaceId: string, token: string, scenarioId: string): Promise<VersionSummary[]> {
    return this.request(`${scenarioPath(workspaceId, scenarioId)}/versions`, { token });
  }

  saveVersion(
    workspaceId: string,
    token: string,
    scenarioId: string,
    label: string,
    author: string,
  ): Promise<VersionSummary> {
    return this.request(`${scenarioPath(workspaceId, scenarioId)}/versions`, {
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
    return this.request(`${scenarioPath(workspaceId, scenarioId)}/versions/${enc(versionId)}`, { token });
  }

  eventsUrl(workspaceId: string, token: string): string {
    return `${this.base}/api/workspaces/${enc(workspaceId)}/events?token=${enc(token)}`;
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
    if (!response.ok) throw errorFrom(response.status, parsed);
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

function errorFrom(status: number, body: unknown): ApiError {
  if (typeof body === 'object' && body !== null && 'error' in body) {
    const error = (body as { error: unknown }).error;
    if (typeof error === 'object' && error !== null) {
      const { code, message, messageZh } = error as Record<string, unknown>;
      const text = typeof message === 'string' ? message : `HTTP ${status}`;
      return new ApiError(
        status,
        typeof code === 'string' ? code : `http-${status}`,
        text,
        typeof messageZh === 'string' ? messageZh : text,
      );
    }
  }
  return new ApiError(status, `http-${status}`, `HTTP ${status}`, `HTTP ${status}`);
}

function enc(value: string): string {
  return encodeURIComponent(value);
}

function scenarioPath(workspaceId: string, scenarioId: string): string {
  return `/api/workspaces/${enc(workspaceId)}/scenarios/${enc(scenarioId)}`;
}

export const api = new ApiClient();
