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
  treeItems,
} from '../src/index.js';

/**
 * A saved version brings the old design back for everyone; and when someone deletes the role I am
 * editing, the editor tells me who did it instead of silently jumping.
 */
let app: RunningServer;
let browser: BrowserSession;
let workspace: WorkspaceLinks;
let scenarioId: string;
let alice: Person;
let bob: Person;

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  workspace = await createWorkspace(app.url, '版本');
  scenarioId = await createScenario(app.url, workspace, { name: '方案', template: 'ecommerce-staff-duties' });
  alice = await browser.person();
  bob = await browser.person();
  await openEditor(alice.page, editorUrl(app.url, workspace, scenarioId, { name: 'Alice' }));
  await openEditor(bob.page, editorUrl(app.url, workspace, scenarioId, { name: 'Bob' }));
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  app?.dispose();
});

const label = (who: Person, roleId: string) => treeItem(who.page, roleId).getAttribute('aria-label');

it('restores a saved version in every browser', async () => {
  const original = await exportScenario(app.url, workspace, scenarioId);
  await alice.page.getByTestId('tab-versions').click();
  await alice.page.getByTestId('version-label').fill('调整前');
  await alice.page.getByTestId('save-version').click();
  const saved = alice.page.getByTestId('version-item').filter({ hasText: '调整前' });
  await saved.waitFor();

  await renameInOutline(bob.page, 'designer', '改过的美工');
  await treeItem(bob.page, 'finance').click();
  await bob.page.keyboard.press('Delete');
  await bob.page.getByTestId('delete-confirm').click();
  await expect.poll(() => treeItem(alice.page, 'finance').count()).toBe(0);

  await saved.getByTestId('version-restore').click();
  await alice.page.getByTestId('restore-confirm').click();
  await expect.poll(() => treeItem(bob.page, 'finance').count()).toBe(1);
  await expect.poll(() => label(bob, 'designer')).toMatch(/^设计美工/);
  await expect.poll(() => treeItems(alice.page).count()).toBe(original.roles.length);
  await eventually(async () =>
    expect((await exportScenario(app.url, workspace, scenarioId)).roles).toEqual(original.roles),
  );
  await alice.screenshot('versions-restored');
});

it('explains that the role I was editing was deleted, and by whom', async () => {
  await treeItem(bob.page, 'copywriter').click();
  await bob.page.getByTestId('inspector').waitFor();
  await bob.page.getByTestId('role-purpose').click();
  await treeItem(alice.page, 'copywriter').click();
  await alice.page.keyboard.press('Delete');
  await alice.page.getByTestId('delete-confirm').click();
  const notice = bob.page.getByTestId('toast-conflict');
  await notice.first().waitFor();
  expect(await notice.first().textContent()).toContain('Alice');
  await bob.screenshot('conflict-explained');
});

it('left no uncaught error', () => {
  expect(alice.errors).toEqual([]);
  expect(bob.errors).toEqual([]);
});
