/** Sets up workspaces and scenarios over the HTTP API, so journeys start where the user's story starts. */
export interface WorkspaceLinks {
  readonly id: string;
  readonly editToken: string;
  readonly viewToken: string;
}

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
  return call(`${base}/api/workspaces`, { method: 'POST', body: JSON.stringify({ name }) });
}

export async function createScenario(
  base: string,
  workspace: WorkspaceLinks,
  body: { name: string; template?: string; from?: string; design?: unknown },
): Promise<string> {
  const created = await call<{ id: string }>(`${base}/api/workspaces/${workspace.id}/scenarios`, {
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
  return call(
    `${base}/api/workspaces/${workspace.id}/scenarios/${scenarioId}/export.json?token=${workspace.editToken}`,
  );
}

/** The editor link; `name` presets the person's name so the editor does not ask for it. */
export function editorUrl(
  base: string,
  workspace: WorkspaceLinks,
  scenarioId: string,
  options: { token?: string; name?: string } = {},
): string {
  const query = new URLSearchParams({ token: options.token ?? workspace.editToken });
  if (options.name) query.set('name', options.name);
  return `${base}/w/${workspace.id}/s/${scenarioId}?${query.toString()}`;
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
