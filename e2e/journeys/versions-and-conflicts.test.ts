import { beforeAll, expect, it } from 'vitest';
import {
  type Person,
  eventually,
  itLeftNoUncaughtError,
  renameInOutline,
  setUpJourney,
  treeItem,
  treeItems,
} from '../src/index.js';

/**
 * A saved version brings the old design back for everyone; and when someone deletes the role I am
 * editing, the editor tells me who did it instead of silently jumping.
 */
const journey = setUpJourney({
  workspace: '版本',
  template: 'ecommerce-staff-duties',
  people: [{ name: 'Alice' }, { name: 'Bob' }],
});
let alice: Person;
let bob: Person;
beforeAll(() => {
  [alice, bob] = journey.people as [Person, Person];
});

const label = (who: Person, roleId: string) => treeItem(who.page, roleId).getAttribute('aria-label');

it('restores a saved version in every browser', async () => {
  const original = await journey.roles();
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
  await expect.poll(() => treeItems(alice.page).count()).toBe(original.length);
  await eventually(async () => expect(await journey.roles()).toEqual(original));
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

itLeftNoUncaughtError(journey);
