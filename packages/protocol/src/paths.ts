/**
 * Every address of the contract, written once: the server's router declares `ROUTES`, the client fills
 * them with `apiPath`, and both agree on the sync socket and the app's page addresses.
 */
export const ROUTES = {
  healthz: '/healthz',
  /** What this server asks of a visitor before creating a workspace. */
  instance: '/api/instance',
  templates: '/api/templates',
  workspaces: '/api/workspaces',
  workspace: '/api/workspaces/:id',
  workspaceEvents: '/api/workspaces/:id/events',
  /** POST: replace the workspace's edit and view links; every socket holding the old ones is closed. */
  workspaceLinks: '/api/workspaces/:id/links',
  scenarios: '/api/workspaces/:id/scenarios',
  scenario: '/api/workspaces/:id/scenarios/:sid',
  scenarioExport: '/api/workspaces/:id/scenarios/:sid/export.json',
  versions: '/api/workspaces/:id/scenarios/:sid/versions',
  version: '/api/workspaces/:id/scenarios/:sid/versions/:vid',
  /** `?a=<sid>&b=<sid>`: the diff of b against a and both scenarios' numbers (`ScenarioComparison`). */
  compare: '/api/workspaces/:id/compare',
  /**
   * POST `FontSubsetRequest`: `@font-face` rules embedding just these characters of the chart's font,
   * for a view or selection drawn in the browser to look the same on a machine without Chinese fonts.
   */
  fontSubset: '/api/workspaces/:id/font-subset',
} as const;

export type ApiRoute = (typeof ROUTES)[keyof typeof ROUTES];

/** The `:name` parameters of a route pattern, as a type: `'id' | 'sid'` for the scenario route. */
export type RouteParams<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? Name | RouteParams<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? Name
    : never;

/** A route with its parameters filled in (each one encoded as a path segment). */
export function apiPath<P extends ApiRoute>(route: P, params: Record<RouteParams<P>, string>): string {
  const values: Readonly<Record<string, string>> = params;
  return route.replace(/:([A-Za-z]+)/g, (_, name: string) => encodeURIComponent(values[name] ?? ''));
}

/** Adds the share-link token as a query parameter, for the places a header cannot go (links, SSE). */
export function withToken(path: string, token: string): string {
  return `${path}?token=${encodeURIComponent(token)}`;
}

/** The y-websocket endpoint lives under this path: `/ws/<workspaceId>/<scenarioId>?token=T`. */
export const SYNC_PATH = '/ws';

/** The y-websocket room name of a scenario, which the provider appends to its server URL. */
export function syncRoom(workspaceId: string, scenarioId: string): string {
  return `${encodeURIComponent(workspaceId)}/${encodeURIComponent(scenarioId)}`;
}

/** `ws://HOST:PORT/ws/<workspaceId>/<scenarioId>?token=T`, from an origin such as `ws://127.0.0.1:8080`. */
export function syncUrl(origin: string, workspaceId: string, scenarioId: string, token: string): string {
  return withToken(`${origin}${SYNC_PATH}/${syncRoom(workspaceId, scenarioId)}`, token);
}

/** The app's pages. The server answers every address under `/w/` with the app, which then routes. */
export const PAGE_ROOT = 'w';

export type Page =
  | { readonly page: 'home' }
  | { readonly page: 'workspace'; readonly workspaceId: string }
  | { readonly page: 'editor'; readonly workspaceId: string; readonly scenarioId: string }
  | { readonly page: 'compare'; readonly workspaceId: string; readonly a: string; readonly b: string };

export function workspacePage(workspaceId: string, token: string): string {
  return withToken(`/${PAGE_ROOT}/${encodeURIComponent(workspaceId)}`, token);
}

/** The editor link; `name` presets the person's name so the editor does not ask for it. */
export function editorPage(workspaceId: string, scenarioId: string, token: string, name?: string): string {
  const path = `/${PAGE_ROOT}/${encodeURIComponent(workspaceId)}/s/${encodeURIComponent(scenarioId)}`;
  return withToken(path, token) + (name ? `&name=${encodeURIComponent(name)}` : '');
}

/** Two scenarios side by side: `/w/<workspaceId>/compare/<a>/<b>?token=T`. */
export function comparePage(workspaceId: string, a: string, b: string, token: string): string {
  const segments = [PAGE_ROOT, workspaceId, 'compare', a, b].map(encodeURIComponent);
  return withToken(`/${segments.join('/')}`, token);
}

/** The page a path names (`/w/<id>`, `/w/<id>/s/<sid>`, `/`), or null for any other path. */
export function parsePage(pathname: string): Page | null {
  const parts = pathname
    .split('/')
    .filter((part) => part !== '')
    .map(safeDecode);
  const [root, workspaceId, s, scenarioId] = parts;
  if (parts.length === 0) return { page: 'home' };
  if (root !== PAGE_ROOT || workspaceId === undefined) return null;
  if (parts.length === 2) return { page: 'workspace', workspaceId };
  if (parts.length === 4 && s === 's' && scenarioId !== undefined) {
    return { page: 'editor', workspaceId, scenarioId };
  }
  const [, , , a, b] = parts;
  if (parts.length === 5 && s === 'compare' && a !== undefined && b !== undefined) {
    return { page: 'compare', workspaceId, a, b };
  }
  return null;
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
