import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  type BrowserSession,
  type Person,
  type RunningServer,
  type WorkspaceLinks,
  createScenario,
  createWorkspace,
  editorUrl,
  eventually,
  exportScenario,
  launchBrowser,
  openEditor,
  renameInOutline,
  startApp,
  treeItem,
} from '../src/index.js';

/**
 * Leadership forks today's org (a template) into an alternative. One person edits the fork while
 * another watches the compare view change live; the watcher carries a change back into today's org,
 * then undoes it; the API's comparison says what the view shows.
 */
let app: RunningServer;
let browser: BrowserSession;
let workspace: WorkspaceLinks;
let origin: string;
let fork: string;
let editor: Person;
let watcher: Person;

interface ApiComparison {
  diff: { key: string; kind: string; roleId?: string }[];
  metrics: {
    a: { headcount: number; roles: number };
    b: { headcount: number; roles: number };
    delta: { headcount: number };
  };
}

const comparison = async (): Promise<ApiComparison> => {
  const response = await fetch(
    `${app.url}/api/workspaces/${workspace.id}/compare?a=${origin}&b=${fork}&token=${workspace.viewToken}`,
  );
  expect(response.status).toBe(200);
  return (await response.json()) as ApiComparison;
};
const shownKeys = () =>
  watcher.page
    .getByTestId('compare-change')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-change-key') ?? ''));
const metricCell = (metric: string, column: 'metric-a' | 'metric-b' | 'metric-delta') =>
  watcher.page.getByTestId(`metric-${metric}`).getByTestId(column).textContent();

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  workspace = await createWorkspace(app.url, '组织调整');
  origin = await createScenario(app.url, workspace, { name: '现状', template: 'ecommerce-staff-duties' });
  editor = await browser.person({ locale: 'zh-CN' });
  watcher = await browser.person({ locale: 'en-US' });
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  app?.dispose();
});

it('forks the template scenario from the workspace page and opens the two side by side', async () => {
  const { page } = editor;
  await page.goto(`${app.url}/w/${workspace.id}?token=${workspace.editToken}`);
  await page.getByTestId('scenario-fork').first().click();
  await expect.poll(() => page.getByTestId('scenario-item').count()).toBe(2);
  const listed = (await (
    await fetch(`${app.url}/api/workspaces/${workspace.id}/scenarios?token=${workspace.editToken}`)
  ).json()) as { id: string; basedOn: { kind: string; id: string } | null; figures: { headcount: number } }[];
  fork = listed.find((entry) => entry.basedOn?.kind === 'scenario' && entry.basedOn.id === origin)!.id;
  // The list shows each scenario's headcount and cost.
  await expect
    .poll(() => page.locator(`[data-scenario-id="${fork}"] [data-testid="scenario-figures"]`).textContent())
    .toContain(String(listed[0]!.figures.headcount));

  await watcher.page.goto(
    `${app.url}/w/${workspace.id}/compare/${origin}/${fork}?token=${workspace.editToken}`,
  );
  await watcher.page.getByTestId('compare-page').waitFor();
  await watcher.page.getByTestId('compare-no-changes').waitFor();
  expect((await comparison()).diff).toEqual([]);
  await watcher.screenshot('compare-identical');
});

it('shows the fork’s edits live while someone else makes them, as the API reports them', async () => {
  const before = await exportScenario(app.url, workspace, fork);
  const role = before.roles.find((entry) => entry.reportsTo !== null)!;
  await openEditor(editor.page, editorUrl(app.url, workspace, fork, { name: '王总' }));
  await treeItem(editor.page, role.id).click();
  const inspector = editor.page.getByTestId('inspector');
  await inspector.getByTestId('role-title').fill('区域运营经理');
  await inspector.getByTestId('role-title').blur();
  await inspector.getByTestId('role-headcount').fill(String(role.headcount + 2));
  await inspector.getByTestId('role-headcount').blur();

  await expect.poll(shownKeys).toEqual([`renamed:${role.id}`, `headcount-changed:${role.id}`]);
  await expect.poll(() => metricCell('headcount', 'metric-delta')).toBe('+2');
  const api = await comparison();
  expect(api.diff.map((change) => change.key)).toEqual(await shownKeys());
  expect(await metricCell('headcount', 'metric-a')).toBe(String(api.metrics.a.headcount));
  expect(await metricCell('headcount', 'metric-b')).toBe(String(api.metrics.b.headcount));
  expect(api.metrics.delta.headcount).toBe(2);
  await watcher.screenshot('compare-live');

  // The editor's own numbers agree, and a problem there leads to its role.
  await editor.page.getByTestId('tab-numbers').click();
  await expect
    .poll(() => editor.page.getByTestId('numbers-headcount').textContent())
    .toBe(String(api.metrics.b.headcount));
  const problem = editor.page.getByTestId('numbers-problem').first();
  const problemRole = (await problem.getAttribute('data-role-id'))!;
  await problem.click();
  await expect.poll(() => treeItem(editor.page, problemRole).getAttribute('aria-selected')).toBe('true');
});

it('carries a chosen change back into today’s org as one change, and undoes it', async () => {
  const before = await exportScenario(app.url, workspace, origin);
  const api = await comparison();
  const rename = api.diff.find((change) => change.kind === 'renamed')!;
  const original = before.roles.find((entry) => entry.id === rename.roleId)!.title;
  const line = watcher.page.locator(`[data-testid="compare-change"][data-change-key="${rename.key}"]`);
  await line.getByTestId('compare-change-focus').click();
  await line.getByTestId('compare-change-pick').check();
  await watcher.page.getByTestId('compare-apply-a').click();
  await watcher.page.getByTestId('compare-applied').waitFor();

  await expect.poll(shownKeys).toEqual([`headcount-changed:${rename.roleId}`]);
  await eventually(async () => {
    const now = await exportScenario(app.url, workspace, origin);
    expect(now.roles.find((entry) => entry.id === rename.roleId)!.title).toBe('区域运营经理');
  });
  expect((await comparison()).diff.map((change) => change.key)).toEqual(await shownKeys());

  await watcher.page.getByTestId('compare-undo').click();
  await expect.poll(shownKeys).toEqual([rename.key, `headcount-changed:${rename.roleId}`]);
  await eventually(async () => {
    const now = await exportScenario(app.url, workspace, origin);
    expect(now.roles.find((entry) => entry.id === rename.roleId)!.title).toBe(original);
  });
  // The fork kept its own edits throughout.
  const forked = await exportScenario(app.url, workspace, fork);
  expect(forked.roles.find((entry) => entry.id === rename.roleId)!.title).toBe('区域运营经理');
  await watcher.screenshot('compare-after-undo');
});

it('overlays the two on one chart: a role removed in the fork is drawn back where it was, marked', async () => {
  const before = await exportScenario(app.url, workspace, fork);
  const leaf = before.roles.find(
    (entry) => entry.reportsTo !== null && !before.roles.some((other) => other.reportsTo === entry.id),
  )!;
  await treeItem(editor.page, leaf.id).click();
  await editor.page.getByTestId('delete-role').click();
  const confirm = editor.page.getByTestId('delete-confirm');
  if (await confirm.isVisible()) await confirm.click();
  await expect.poll(shownKeys).toContain(`removed:${leaf.id}`);

  const { page } = watcher;
  const drawn = () => page.evaluate(() => window.__orgCanvas?.visibleRoles() ?? []);
  await page.getByTestId('compare-view-overlay').click();
  await page.getByTestId('compare-overlay').waitFor();
  expect(await page.getByTestId('compare-pane-a').count()).toBe(0);
  // One chart: every role of the fork, and the removed one back under its manager.
  await expect.poll(async () => (await drawn()).length).toBe(before.roles.length);
  expect(await drawn()).toContain(leaf.id);
  expect(await page.getByTestId('compare-legend').textContent()).toContain('Removed');
  await watcher.screenshot('compare-overlay');

  // Still live: a rename in the fork shows in the overlay's list, and side by side comes back.
  await renameInOutline(editor.page, leaf.reportsTo!, '重组后的上级');
  await expect.poll(shownKeys).toContain(`renamed:${leaf.reportsTo}`);
  await page.getByTestId('compare-view-side-by-side').click();
  await page.getByTestId('compare-pane-a').waitFor();
  expect(await page.getByTestId('compare-overlay').count()).toBe(0);
});
