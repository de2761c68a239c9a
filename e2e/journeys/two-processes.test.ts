import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
  repoRoot,
  startApp,
  treeItem,
  treeItems,
} from '../src/index.js';

/**
 * Two leaders open one scenario through two different server processes (as a load balancer would send
 * them), which share one PostgreSQL and one Redis: each sees the other's edits and presence live.
 */
const services = join(repoRoot, 'scripts/services.sh');
const servicesDir = mkdtempSync(join(tmpdir(), 'orgcanvas-e2e-services-'));
let first: RunningServer;
let second: RunningServer;
let browser: BrowserSession;
let workspace: WorkspaceLinks;
let scenarioId: string;
let alice: Person;
let bob: Person;

beforeAll(async () => {
  const printed = execFileSync('bash', [services, 'start', servicesDir], { encoding: 'utf8' });
  const urls = Object.fromEntries(
    printed
      .trim()
      .split('\n')
      .map((line) => line.split(/=(.*)/s)),
  );
  const env = {
    STORE: 'postgres',
    DATABASE_URL: urls.DATABASE_URL,
    FANOUT: 'redis',
    REDIS_URL: urls.REDIS_URL,
  };
  [first, second] = await Promise.all([startApp({ env }), startApp({ env })]);
  browser = await launchBrowser();
  workspace = await createWorkspace(first.url, '两台服务器');
  scenarioId = await createScenario(second.url, workspace, {
    name: '方案',
    template: 'ecommerce-staff-duties',
  });
  alice = await browser.person();
  bob = await browser.person({ locale: 'en-US' });
  await openEditor(alice.page, editorUrl(first.url, workspace, scenarioId, { name: 'Alice' }));
  await openEditor(bob.page, editorUrl(second.url, workspace, scenarioId, { name: 'Bob' }));
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([first?.stop(), second?.stop()]);
  first?.dispose();
  second?.dispose();
  execFileSync('bash', [services, 'stop', servicesDir]);
});

const label = (person: Person, roleId: string) => treeItem(person.page, roleId).getAttribute('aria-label');
const inPeopleBar = (who: Person, name: string) =>
  who.page.locator(`[data-testid="person"][data-person-name="${name}"]`);

it('each person sees the other, connected to the other process, in the people bar', async () => {
  await inPeopleBar(alice, 'Bob').waitFor();
  await inPeopleBar(bob, 'Alice').waitFor();
});

it('a rename on one process shows live in the browser on the other', async () => {
  await renameInOutline(alice.page, 'finance', '财务主管');
  await expect.poll(() => label(bob, 'finance')).toMatch(/^财务主管/);
  await renameInOutline(bob.page, 'designer', 'Design lead');
  await expect.poll(() => label(alice, 'designer')).toMatch(/^Design lead/);
});

it('a role added on one process appears under its manager on the other', async () => {
  const before = await treeItems(alice.page).count();
  await treeItem(bob.page, 'customer-service').click();
  await bob.page.keyboard.press('Tab');
  const input = bob.page.getByTestId('rename-input');
  await input.fill('After-sales');
  await input.press('Enter');
  await expect.poll(() => treeItems(alice.page).count()).toBe(before + 1);
  const added = await eventually(async () => {
    const found = (await exportScenario(first.url, workspace, scenarioId)).roles.find(
      (role) => role.title === 'After-sales',
    );
    expect(found?.reportsTo).toBe('customer-service');
    return found!;
  });
  const level = (who: Person, roleId: string) => treeItem(who.page, roleId).getAttribute('aria-level');
  await expect
    .poll(async () => Number(await level(alice, added.id)))
    .toBe(Number(await level(alice, 'customer-service')) + 1);
  await alice.screenshot('two-processes-alice-sees-bob');
});

it('both processes hold the same design', async () => {
  await eventually(async () => {
    const [onFirst, onSecond] = await Promise.all([
      exportScenario(first.url, workspace, scenarioId),
      exportScenario(second.url, workspace, scenarioId),
    ]);
    expect(onFirst.roles.find((role) => role.id === 'finance')?.title).toBe('财务主管');
    expect(onFirst.roles.some((role) => role.title === 'After-sales')).toBe(true);
    expect(onSecond).toEqual(onFirst);
  });
});

it('left no uncaught error in either page', () => {
  expect(alice.errors).toEqual([]);
  expect(bob.errors).toEqual([]);
});
