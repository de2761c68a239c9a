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
 * Nobody's work is lost to a flaky connection: edits made offline survive a reload and merge when the
 * connection returns, and a server restart in the middle of editing loses nothing.
 */
const journey = setUpJourney({
  workspace: '离线',
  template: 'ecommerce-staff-duties',
  people: [{ name: 'Alice' }, { name: 'Bob' }],
});
let alice: Person;
let bob: Person;
beforeAll(() => {
  [alice, bob] = journey.people as [Person, Person];
});

const titles = async () => new Map((await journey.roles()).map((role) => [role.id, role.title]));
const label = (who: Person, roleId: string) => treeItem(who.page, roleId).getAttribute('aria-label');
const status = (who: Person) => who.page.getByTestId('connection-status').getAttribute('data-state');

it('keeps edits made offline across a reload and merges both sides when back online', async () => {
  await expect.poll(() => status(alice)).toBe('online');
  await alice.context.setOffline(true);
  await expect.poll(() => status(alice), { timeout: 20_000 }).toBe('offline');
  await renameInOutline(alice.page, 'designer', '离线改名');
  await alice.page.getByTestId('unsaved-banner').waitFor();
  await renameInOutline(bob.page, 'finance', '在线改名');

  await alice.page.reload();
  await alice.page.getByRole('tree').waitFor();
  await expect.poll(() => label(alice, 'designer')).toMatch(/^离线改名/);
  expect((await titles()).get('designer')).toBe('设计美工');

  await alice.context.setOffline(false);
  await expect.poll(() => label(alice, 'finance'), { timeout: 30_000 }).toMatch(/^在线改名/);
  await expect.poll(() => label(bob, 'designer'), { timeout: 30_000 }).toMatch(/^离线改名/);
  await eventually(async () => {
    const now = await titles();
    expect(now.get('designer')).toBe('离线改名');
    expect(now.get('finance')).toBe('在线改名');
  }, 30_000);
  await expect.poll(() => alice.page.getByTestId('unsaved-banner').count()).toBe(0);
});

it('loses nothing when the server restarts during editing', async () => {
  await renameInOutline(alice.page, 'copywriter', '重启前');
  await eventually(async () => expect((await titles()).get('copywriter')).toBe('重启前'));
  await journey.app.stop();
  await expect.poll(() => status(alice), { timeout: 20_000 }).not.toBe('online');
  await renameInOutline(bob.page, 'customer-service', '重启期间');
  journey.app = await journey.app.restart();
  await expect.poll(() => status(alice), { timeout: 40_000 }).toBe('online');
  await expect.poll(() => label(alice, 'customer-service'), { timeout: 40_000 }).toMatch(/^重启期间/);
  await eventually(async () => {
    const now = await titles();
    expect(now.get('copywriter')).toBe('重启前');
    expect(now.get('customer-service')).toBe('重启期间');
    expect(now.get('designer')).toBe('离线改名');
  }, 30_000);
});

itLeftNoUncaughtError(journey);
