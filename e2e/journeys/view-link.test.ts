import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  type BrowserSession,
  type Person,
  type RunningServer,
  type WorkspaceLinks,
  createScenario,
  createWorkspace,
  editorUrl,
  exportScenario,
  launchBrowser,
  openEditor,
  startApp,
  treeItem,
  treeItems,
} from '../src/index.js';

/** Someone given the view link sees the whole design but cannot change anything. */
let app: RunningServer;
let browser: BrowserSession;
let workspace: WorkspaceLinks;
let scenarioId: string;
let viewer: Person;

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  workspace = await createWorkspace(app.url, '只读');
  scenarioId = await createScenario(app.url, workspace, {
    name: '方案',
    template: 'ecommerce-department-position-descriptions',
  });
  viewer = await browser.person({ locale: 'en-US' });
  await openEditor(
    viewer.page,
    editorUrl(app.url, workspace, scenarioId, { token: workspace.viewToken, name: 'Viewer' }),
  );
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  app?.dispose();
});

it('shows every role and says it is view only', async () => {
  const design = await exportScenario(app.url, workspace, scenarioId);
  await expect.poll(() => treeItems(viewer.page).count()).toBe(design.roles.length);
  await viewer.page.getByTestId('view-only-badge').waitFor();
  expect(await viewer.page.getByTestId('add-subordinate').count()).toBe(0);
  expect(await viewer.page.getByTestId('delete-role').count()).toBe(0);
  await viewer.screenshot('view-link');
});

it('editing shortcuts do nothing and say "view only"', async () => {
  const before = await exportScenario(app.url, workspace, scenarioId);
  await treeItem(viewer.page, 'ops-manager').click();
  await viewer.page.keyboard.press('F2');
  expect(await viewer.page.getByTestId('rename-input').count()).toBe(0);
  await viewer.page.getByTestId('toast-view-only').first().waitFor();
  await viewer.page.keyboard.press('Tab');
  await viewer.page.keyboard.press('Delete');
  expect(await viewer.page.getByTestId('delete-confirm').count()).toBe(0);
  await new Promise((settle) => setTimeout(settle, 500));
  expect(await exportScenario(app.url, workspace, scenarioId)).toEqual(before);
  expect(await treeItems(viewer.page).count()).toBe(before.roles.length);
});

it('left no uncaught error', () => {
  expect(viewer.errors).toEqual([]);
});
