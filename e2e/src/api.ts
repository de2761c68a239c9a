import { ROUTES, type WorkspaceCreated, apiPath, editorPage, withToken } from '@orgcanvas/protocol';

/**
 * Sets up workspaces and scenarios over the HTTP API, so journeys start where the user's story starts.
 * Every address comes from the contract's builders, so the journeys call what the server routes.
 */
export type WorkspaceLinks = Pick<WorkspaceCreated, 'id' | 'editToken' | 'viewToken'>;

export interface ExportedRole {
  readonly id: string;
  readonly title: string;
  readonly reportsTo: string | null;
  readonly unitId: string | null;
  readonly purpose: string;
  readonly headcount: number;
  readonly pay: Readonly<Record<string, number | null>>;
  readonly responsibilities: readonly {
    readonly title: string;
    readonly items: readonly {
      text: string;
      cadence: string | null;
      time: string | null;
      recipient: string | null;
    }[];
  }[];
}

export interface ExportedUnit {
  readonly id: string;
  readonly name: string;
  readonly parentId: string | null;
  readonly color: string;
  readonly performanceCoefficient: number | null;
}

async function call<T>(url: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(url, {
    ...init,
    headers: { 'content-type': 'application/json', ...init.headers },
  });
  if (!response.ok)
    throw new Error(`${init.method ?? 'GET'} ${url}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

export function createWorkspace(base: string, name: string): Promise<WorkspaceLinks> {
  return call(`${base}${ROUTES.workspaces}`, { method: 'POST', body: JSON.stringify({ name }) });
}

export async function createScenario(
  base: string,
  workspace: WorkspaceLinks,
  body: { name: string; template?: string; from?: string },
): Promise<string> {
  const path = apiPath(ROUTES.scenarios, { id: workspace.id });
  const created = await call<{ id: string }>(`${base}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${workspace.editToken}` },
    body: JSON.stringify(body),
  });
  return created.id;
}

/** The scenario as the server holds it (JSON v1): what every other browser will load. */
export async function exportScenario(
  base: string,
  workspace: WorkspaceLinks,
  scenarioId: string,
): Promise<{ name: string; roles: ExportedRole[]; units: ExportedUnit[] }> {
  const path = apiPath(ROUTES.scenarioExport, { id: workspace.id, sid: scenarioId });
  return call(`${base}${withToken(path, workspace.editToken)}`);
}

/** The editor link; `name` presets the person's name so the editor does not ask for it. */
export function editorUrl(
  base: string,
  workspace: WorkspaceLinks,
  scenarioId: string,
  options: { token?: string; name?: string } = {},
): string {
  return `${base}${editorPage(workspace.id, scenarioId, options.token ?? workspace.editToken, options.name)}`;
}

/** Polls until `check` stops throwing, for state that arrives over the network. */
export async function eventually<T>(check: () => Promise<T> | T, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((wait) => setTimeout(wait, 100));
    }
  }
}
