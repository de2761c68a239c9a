import { beforeAll, expect, it } from 'vitest';
import {
  type Person,
  eventually,
  itLeftNoUncaughtError,
  renameInOutline,
  setUpJourney,
  treeItem,
} from '../src/index.js';

/**
 * A rename made offline and someone else's rename of the same role meet when the connection returns:
 * one title is kept, and both people are told which one lost, with a button that brings it back.
 */
const journey = setUpJourney({
  workspace: '离线覆盖',
  template: 'ecommerce-staff-duties',
  people: [{ name: 'Alice' }, { name: 'Bob' }],
});
let alice: Person;
let bob: Person;
beforeAll(() => {
  [alice, bob] = journey.people as [Person, Person];
});

const OFFLINE = '离线改名';
const ONLINE = '在线改名';
const serverTitle = async (roleId: string) =>
  (await journey.roles()).find((role) => role.id === roleId)?.title;
const status = (who: Person) => who.page.getByTestId('connection-status').getAttribute('data-state');
const notice = (who: Person) => who.page.getByTestId('overwrite-notice');

it('tells both people which rename lost, and one click restores it for everyone', async () => {
  await expect.poll(() => status(alice)).toBe('online');
  await alice.context.setOffline(true);
  await expect.poll(() => status(alice), { timeout: 20_000 }).toBe('offline');
  await renameInOutline(alice.page, 'designer', OFFLINE);
  // The unsaved-edits banner sits below the toolbar, never over its buttons.
  await alice.page.getByTestId('unsaved-banner').waitFor();
  const banner = await alice.page.getByTestId('unsaved-banner').boundingBox();
  const toolbar = await alice.page.getByTestId('toolbar').boundingBox();
  expect(banner && toolbar && banner.y >= toolbar.y + toolbar.height - 1).toBe(true);
  await alice.page.getByTestId('zoom-to-fit').click({ trial: true });
  await renameInOutline(bob.page, 'designer', ONLINE);
  await eventually(async () => expect(await serverTitle('designer')).toBe(ONLINE));

  await alice.context.setOffline(false);
  await expect.poll(() => status(alice), { timeout: 30_000 }).toBe('online');
  await notice(alice).waitFor({ timeout: 30_000 });
  await notice(bob).waitFor({ timeout: 30_000 });
  await alice.screenshot('offline-overwrite-alice');
  await bob.screenshot('offline-overwrite-bob');

  // Yjs keeps one of two concurrent values (by client id): either may have won.
  const kept = await eventually(async () => {
    const title = await serverTitle('designer');
    expect([OFFLINE, ONLINE]).toContain(title);
    return title!;
  });
  const lost = kept === OFFLINE ? ONLINE : OFFLINE;
  const loser = lost === OFFLINE ? alice : bob;
  const keeper = loser === alice ? bob : alice;
  for (const who of [alice, bob]) {
    expect(await notice(who).count()).toBe(1);
    expect(await notice(who).getAttribute('data-lost')).toBe(lost);
    expect(await notice(who).getAttribute('data-kept')).toBe(kept);
    expect(await notice(who).textContent()).toContain(lost);
  }
  expect(await notice(loser).getAttribute('data-mine')).toBe('lost');
  expect(await notice(keeper).getAttribute('data-mine')).toBe('kept');
  expect(await notice(loser).textContent()).toContain(loser === alice ? 'Bob' : 'Alice');

  await notice(loser).getByTestId('overwrite-restore').click();
  await eventually(async () => expect(await serverTitle('designer')).toBe(lost), 30_000);
  await expect
    .poll(() => treeItem(keeper.page, 'designer').getAttribute('aria-label'), { timeout: 30_000 })
    .toMatch(new RegExp(`^${lost}`));
  // Restored: the notice is gone on both screens.
  await expect.poll(() => notice(loser).count()).toBe(0);
  await expect.poll(() => notice(keeper).count(), { timeout: 30_000 }).toBe(0);
});

it('says nothing when the two people renamed different roles', async () => {
  await alice.context.setOffline(true);
  await expect.poll(() => status(alice), { timeout: 20_000 }).toBe('offline');
  await renameInOutline(alice.page, 'copywriter', '离线文案');
  await renameInOutline(bob.page, 'finance', '在线财务');
  await alice.context.setOffline(false);
  await expect.poll(() => status(alice), { timeout: 30_000 }).toBe('online');
  await eventually(async () => {
    expect(await serverTitle('copywriter')).toBe('离线文案');
    expect(await serverTitle('finance')).toBe('在线财务');
  }, 30_000);
  await expect.poll(() => treeItem(bob.page, 'copywriter').getAttribute('aria-label')).toMatch(/^离线文案/);
  expect(await notice(alice).count()).toBe(0);
  expect(await notice(bob).count()).toBe(0);
});

itLeftNoUncaughtError(journey);
