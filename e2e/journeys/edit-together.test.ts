import { beforeAll, expect, it } from 'vitest';
import {
  type Person,
  dragCardOnto,
  eventually,
  itLeftNoUncaughtError,
  renameInOutline,
  setUpJourney,
  treeItem,
  treeItems,
} from '../src/index.js';

/**
 * Two leaders reshape one scenario at the same time: what one does, the other sees; a move that would
 * make a reporting cycle is refused with its reason; each one's undo undoes only their own change.
 */
const journey = setUpJourney({
  workspace: '杭州电商',
  template: 'ecommerce-staff-duties',
  people: [{ name: 'Alice' }, { name: 'Bob', locale: 'en-US' }],
});
let alice: Person;
let bob: Person;
beforeAll(() => {
  [alice, bob] = journey.people as [Person, Person];
});

const roles = () => journey.roles();
const label = (person: Person, roleId: string) => treeItem(person.page, roleId).getAttribute('aria-label');
const level = async (person: Person, roleId: string) =>
  Number(await treeItem(person.page, roleId).getAttribute('aria-level'));

it('a rename in one browser shows in the other', async () => {
  await renameInOutline(alice.page, 'finance', '财务主管');
  await expect.poll(() => label(bob, 'finance')).toMatch(/^财务主管/);
  await eventually(async () =>
    expect((await roles()).find((role) => role.id === 'finance')?.title).toBe('财务主管'),
  );
});

it('a role added with Tab shows in the other browser under its manager', async () => {
  const before = await treeItems(bob.page).count();
  await treeItem(alice.page, 'customer-service').click();
  await alice.page.keyboard.press('Tab');
  const input = alice.page.getByTestId('rename-input');
  await input.fill('售后客服');
  await input.press('Enter');
  await expect.poll(() => treeItems(bob.page).count()).toBe(before + 1);
  const added = await eventually(async () => {
    const found = (await roles()).find((role) => role.title === '售后客服');
    expect(found?.reportsTo).toBe('customer-service');
    return found!;
  });
  await expect.poll(() => level(bob, added.id)).toBe((await level(bob, 'customer-service')) + 1);
});

it('dragging a card onto another makes it the new manager, in both browsers', async () => {
  await dragCardOnto(alice.page, 'packing-shipping', 'quality-inspection');
  await eventually(async () =>
    expect((await roles()).find((role) => role.id === 'packing-shipping')?.reportsTo).toBe(
      'quality-inspection',
    ),
  );
  await expect.poll(() => level(bob, 'packing-shipping')).toBe((await level(bob, 'quality-inspection')) + 1);
  await alice.screenshot('edit-together-after-drag-alice');
  await bob.screenshot('edit-together-after-drag-bob');
});

it('refuses a move that would create a cycle, saying why, and changes nothing', async () => {
  await dragCardOnto(alice.page, 'store-manager', 'designer');
  const refusal = alice.page.locator('[data-testid="toast-move-refused"], [data-testid="toast-refused"]');
  await refusal.first().waitFor();
  expect(await refusal.first().textContent()).toMatch(/循环/);
  expect((await roles()).find((role) => role.id === 'store-manager')?.reportsTo).toBeNull();
  expect(await level(bob, 'store-manager')).toBe(1);
});

it('a delete in one browser shows in the other, and the subordinates move up', async () => {
  await treeItem(alice.page, 'quality-inspection').click();
  await alice.page.keyboard.press('Delete');
  await alice.page.getByTestId('delete-consequences').waitFor();
  await alice.page.getByTestId('delete-confirm').click();
  await expect.poll(() => treeItem(bob.page, 'quality-inspection').count()).toBe(0);
  await eventually(async () =>
    expect((await roles()).find((role) => role.id === 'packing-shipping')?.reportsTo).toBe('store-manager'),
  );
});

it('two people typing into the same duty text both keep their words', async () => {
  await treeItem(alice.page, 'copywriter').click();
  await treeItem(bob.page, 'copywriter').click();
  const mine = alice.page.getByTestId('role-purpose');
  const theirs = bob.page.getByTestId('role-purpose');
  await mine.fill('负责文案');
  await expect.poll(() => theirs.inputValue()).toBe('负责文案');
  await mine.focus();
  await alice.page.keyboard.press('Control+Home');
  await theirs.focus();
  await bob.page.keyboard.press('Control+End');
  await Promise.all([
    alice.page.keyboard.type('每天', { delay: 40 }),
    bob.page.keyboard.type('和策划', { delay: 40 }),
  ]);
  await expect.poll(() => mine.inputValue()).toBe('每天负责文案和策划');
  await expect.poll(() => theirs.inputValue()).toBe('每天负责文案和策划');
  await eventually(async () =>
    expect((await roles()).find((role) => role.id === 'copywriter')?.purpose).toBe('每天负责文案和策划'),
  );
});

it('design notes such as the personnel-cost definition are shown and edited together', async () => {
  await alice.page.getByTestId('tab-notes').click();
  await bob.page.getByTestId('tab-notes').click();
  const note = (who: Person) => who.page.locator('[data-testid="note"][data-note-id="personnel-cost"]');
  expect(await note(bob).getByTestId('note-text').inputValue()).toContain('人员成本');
  await note(alice).getByTestId('note-title').fill('人员成本口径');
  await expect.poll(() => note(bob).getByTestId('note-title').inputValue()).toBe('人员成本口径');
  await alice.page.getByTestId('add-note').click();
  await expect.poll(() => bob.page.getByTestId('note').count()).toBe(2);
  await alice.page.getByTestId('tab-role').click();
  await bob.page.getByTestId('tab-role').click();
});

it('undo in one browser undoes only that person’s own change', async () => {
  await renameInOutline(bob.page, 'copywriter', 'Copywriter (Bob)');
  await expect.poll(() => label(alice, 'copywriter')).toMatch(/^Copywriter \(Bob\)/);
  await renameInOutline(alice.page, 'designer', '设计主管');
  await expect.poll(() => label(bob, 'designer')).toMatch(/^设计主管/);

  await treeItem(bob.page, 'copywriter').click();
  await bob.page.keyboard.press('Control+z');
  await expect.poll(() => label(alice, 'copywriter')).toMatch(/^文案策划/);
  await expect.poll(() => label(bob, 'copywriter')).toMatch(/^文案策划/);
  expect(await label(bob, 'designer')).toMatch(/^设计主管/);
  await eventually(async () => {
    const titles = new Map((await roles()).map((role) => [role.id, role.title]));
    expect(titles.get('copywriter')).toBe('文案策划');
    expect(titles.get('designer')).toBe('设计主管');
  });
});

itLeftNoUncaughtError(journey);
