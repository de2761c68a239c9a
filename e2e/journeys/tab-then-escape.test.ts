import { beforeAll, expect, it } from 'vitest';
import {
  type Person,
  eventually,
  itLeftNoUncaughtError,
  setUpJourney,
  treeItem,
  treeItems,
} from '../src/index.js';

/** Tab starts a new role under the selected one; Escape in its title field takes it back entirely. */
const journey = setUpJourney({
  workspace: '新岗位',
  template: 'ecommerce-staff-duties',
  people: [{ name: 'Alice' }],
});
let alice: Person;
beforeAll(() => {
  [alice] = journey.people as [Person];
});

/** Roles titled 新岗位 in the outline (by their accessible name) and on the server. */
const untitled = (who: Person) => who.page.locator('[role="treeitem"][aria-label^="新岗位"]');
const untitledOnServer = async () => (await journey.roles()).filter((role) => role.title === '新岗位').length;

it('leaves the role count unchanged after Tab then Escape, with nothing to undo', async () => {
  const before = (await journey.roles()).length;
  const page = alice.page;
  await treeItem(page, 'designer').click();
  await treeItem(page, 'designer').press('Tab');
  const input = page.getByTestId('rename-input');
  await input.waitFor();
  await expect.poll(() => untitled(alice).count()).toBe(1);
  await eventually(async () => expect((await journey.roles()).length).toBe(before + 1));
  expect(await untitledOnServer()).toBe(1);

  await input.press('Escape');
  await expect.poll(() => untitled(alice).count()).toBe(0);
  await eventually(async () => expect((await journey.roles()).length).toBe(before));
  expect(await untitledOnServer()).toBe(0);
  // The manager is selected again, and undo has nothing of this to bring back.
  await expect.poll(() => treeItem(page, 'designer').getAttribute('aria-selected')).toBe('true');
  await page.keyboard.press('Control+z');
  await page.getByTestId('toast-undo').waitFor();
  expect(await untitled(alice).count()).toBe(0);
  expect((await journey.roles()).length).toBe(before);
});

it('makes a role created with Tab and named one undo step', async () => {
  const before = (await journey.roles()).length;
  const page = alice.page;
  await treeItem(page, 'designer').click();
  await treeItem(page, 'designer').press('Tab');
  const input = page.getByTestId('rename-input');
  await input.fill('助理美工');
  await input.press('Enter');
  await eventually(async () =>
    expect((await journey.roles()).some((role) => role.title === '助理美工')).toBe(true),
  );
  await treeItems(page).filter({ hasText: '助理美工' }).first().click();
  await page.keyboard.press('Control+z');
  await eventually(async () => expect((await journey.roles()).length).toBe(before));
  expect(await untitledOnServer()).toBe(0);
});

itLeftNoUncaughtError(journey);
