import { beforeAll, expect, it } from 'vitest';
import { workspacePage } from '@orgcanvas/protocol';
import { type Person, createScenario, itLeftNoUncaughtError, setUpJourney, treeItem } from '../src/index.js';

/**
 * What a newcomer reads at a glance: people with similar names are told apart in the people bar,
 * keep their colour across a reload, a title at its length limit says so, and a very long scenario
 * name stays on one line.
 */
const journey = setUpJourney({
  workspace: '新人',
  template: 'ecommerce-staff-duties',
  people: [{ name: '王经理' }, { name: '李总监' }],
});
let wang: Person;
let li: Person;
beforeAll(() => {
  [wang, li] = journey.people as [Person, Person];
});

const peer = (who: Person, name: string) =>
  who.page.locator(`[data-testid="person"][data-person-name="${name}"]`);
const self = (who: Person) => who.page.getByTestId('person-self');
const background = (locator: ReturnType<typeof self>) =>
  locator.evaluate((element) => getComputedStyle(element).backgroundColor);

it('tells 王经理 and 李总监 apart, with full names on hover and in the list', async () => {
  await peer(wang, '李总监').waitFor();
  expect(await self(wang).textContent()).toBe('王');
  expect(await peer(wang, '李总监').textContent()).toBe('李');
  expect(await peer(wang, '李总监').getAttribute('title')).toContain('李总监');
  await wang.page.getByTestId('people-count').click();
  const names = await wang.page
    .getByTestId('people-list-item')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-person-name')));
  expect(names).toEqual(['王经理', '李总监']);
  await wang.screenshot('people-list');
  await wang.page.keyboard.press('Escape');
  await expect.poll(() => wang.page.getByTestId('people-list').count()).toBe(0);
});

it('keeps each person’s colour across a reload, on their screen and the other’s', async () => {
  const mine = await background(self(li));
  const seenByWang = await background(peer(wang, '李总监'));
  expect(seenByWang).toBe(mine);
  await li.page.reload();
  await self(li).waitFor();
  expect(await background(self(li))).toBe(mine);
  await expect.poll(() => peer(wang, '李总监').count()).toBe(1);
  await expect.poll(() => background(peer(wang, '李总监'))).toBe(mine);
});

it('says where a title is typed that it has reached the limit, and names the limit', async () => {
  const page = li.page;
  await treeItem(page, 'finance').click();
  await treeItem(page, 'finance').press('F2');
  const input = page.getByTestId('rename-input');
  await input.fill('财务');
  expect(await page.getByTestId('limit-note').count()).toBe(0);
  await input.fill('长'.repeat(500));
  const note = page.getByTestId('limit-note');
  await note.waitFor();
  expect(await note.textContent()).toContain('500');
  await input.press('Escape');
  await expect.poll(() => treeItem(page, 'finance').getAttribute('aria-label')).toMatch(/^财务/);
});

it('shows a 200-character scenario name on one line, the whole of it on hover', async () => {
  const name = `2026年组织调整方案${'（华东区域电商事业部）'.repeat(19)}`.slice(0, 200);
  const id = await createScenario(journey.app.url, journey.workspace, {
    name,
    template: 'ecommerce-staff-duties',
  });
  await wang.page.goto(
    `${journey.app.url}${workspacePage(journey.workspace.id, journey.workspace.editToken)}`,
  );
  const link = wang.page.locator(
    `[data-testid="scenario-item"][data-scenario-id="${id}"] [data-testid="scenario-open"]`,
  );
  await link.waitFor();
  expect(await link.getAttribute('title')).toBe(name);
  const box = await link.evaluate((element) => ({
    height: element.getBoundingClientRect().height,
    lineHeight: parseFloat(getComputedStyle(element).lineHeight) || 24,
    cut: element.scrollWidth > element.clientWidth,
  }));
  expect(box.height).toBeLessThan(box.lineHeight * 1.5);
  expect(box.cut).toBe(true);
  await wang.screenshot('long-scenario-name');
});

itLeftNoUncaughtError(journey);
