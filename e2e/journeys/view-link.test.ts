import { workspacePage } from '@orgcanvas/protocol';
import { beforeAll, expect, it } from 'vitest';
import { type Person, itLeftNoUncaughtError, setUpJourney, treeItem, treeItems } from '../src/index.js';

/** Someone given the view link sees the whole design but cannot change anything. */
const journey = setUpJourney({
  workspace: '只读',
  template: 'ecommerce-department-position-descriptions',
  people: [{ name: 'Viewer', locale: 'en-US', viewer: true }],
});
let viewer: Person;
beforeAll(() => {
  [viewer] = journey.people as [Person];
});

it('shows every role and says it is view only', async () => {
  const design = await journey.roles();
  await expect.poll(() => treeItems(viewer.page).count()).toBe(design.length);
  await viewer.page.getByTestId('view-only-badge').waitFor();
  expect(await viewer.page.getByTestId('add-subordinate').count()).toBe(0);
  expect(await viewer.page.getByTestId('delete-role').count()).toBe(0);
  await viewer.screenshot('view-link');
});

it('editing shortcuts do nothing and say "view only"', async () => {
  const before = await journey.roles();
  await treeItem(viewer.page, 'ops-manager').click();
  await viewer.page.keyboard.press('F2');
  expect(await viewer.page.getByTestId('rename-input').count()).toBe(0);
  await viewer.page.getByTestId('toast-view-only').first().waitFor();
  await viewer.page.keyboard.press('Tab');
  await viewer.page.keyboard.press('Delete');
  expect(await viewer.page.getByTestId('delete-confirm').count()).toBe(0);
  await new Promise((settle) => setTimeout(settle, 500));
  expect(await journey.roles()).toEqual(before);
  expect(await treeItems(viewer.page).count()).toBe(before.length);
});

it('shows an editor the view link to share, even from a browser that did not create the workspace', async () => {
  const { app, workspace } = journey;
  const page = await viewer.context.newPage();
  await page.goto(`${app.url}${workspacePage(workspace.id, workspace.editToken)}`);
  await expect
    .poll(() => page.getByTestId('view-link').inputValue())
    .toContain(`token=${workspace.viewToken}`);
  expect(await page.getByTestId('edit-link').inputValue()).toContain(`token=${workspace.editToken}`);
  await page.close();
});

itLeftNoUncaughtError(journey);
