import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  type BrowserSession,
  type Person,
  type RunningServer,
  type WorkspaceLinks,
  createWorkspace,
  eventually,
  launchBrowser,
  startApp,
  treeItems,
} from '../src/index.js';

/**
 * A leader brings today's org in from a spreadsheet (CSV, Chinese headers), fixing the file after the
 * dialog names the bad line; the workspace lists the scenario with its headcount and cost; a scenario
 * deleted by mistake is brought back inside the undo window.
 */
let app: RunningServer;
let browser: BrowserSession;
let workspace: WorkspaceLinks;
let leader: Person;

const good = [
  '编号,岗位名称,直接上级,所在部门,编制人数,基本工资,岗位工资,标准绩效工资,个人绩效系数,奖惩',
  'gm,总经理,,总经办,1,30000,5000,5000,1,0',
  'om,"运营经理,兼店长",gm,运营部,1,12000,3000,2000,1,0',
  'cs,客服专员,om,运营部,4,5000,1000,1000,1,0',
].join('\r\n');
const bad = good.replace('cs,客服专员,om', 'cs,客服专员,boss');

const scenarios = async () =>
  (await (
    await fetch(`${app.url}/api/workspaces/${workspace.id}/scenarios?token=${workspace.editToken}`)
  ).json()) as { id: string; name: string; figures: { headcount: number; cost: number } }[];

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  workspace = await createWorkspace(app.url, '表格导入');
  leader = await browser.person({ locale: 'zh-CN' });
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  app?.dispose();
});

it('imports a CSV org chart through the new-scenario dialog after the bad line is named', async () => {
  const { page } = leader;
  await page.goto(`${app.url}/w/${workspace.id}?token=${workspace.editToken}`);
  await page.getByTestId('new-scenario').click();
  await page.getByTestId('source-file').click();
  const input = page.getByTestId('import-file-input');
  await input.setInputFiles({ name: '组织.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
  await page.getByTestId('import-error').first().waitFor();
  const problems = await page.getByTestId('import-error').allTextContents();
  expect(problems).toHaveLength(1);
  expect(problems[0]).toContain('第 4 行第 3 列');
  expect(problems[0]).toContain('boss');

  await input.setInputFiles({ name: '组织.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${good}`) });
  await page.getByTestId('import-ok').waitFor();
  await page.getByTestId('scenario-name-input').fill('现状（表格）');
  await page.getByTestId('create-scenario').click();
  await page.waitForURL(/\/w\/[^/]+\/s\/[^/]+\?token=/);
  await page.getByTestId('name-input').fill('张总');
  await page.getByTestId('name-submit').click();
  await expect.poll(() => treeItems(page).count()).toBe(3);
  const titles = await treeItems(page).evaluateAll((items) =>
    items.map((item) => item.getAttribute('aria-label') ?? ''),
  );
  expect(titles.some((title) => title.startsWith('运营经理,兼店长'))).toBe(true);
});

it('lists the scenario with its headcount and monthly cost', async () => {
  const { page } = leader;
  await page.getByTestId('back-to-workspace').click();
  const [listed] = await scenarios();
  // 总经理 40000, 运营经理 17000, 客服专员 4 × 7000: every amount set, so the total is complete.
  expect(listed!.figures).toMatchObject({ headcount: 6, cost: 40000 + 17000 + 4 * 7000 });
  await expect
    .poll(() =>
      page.locator(`[data-scenario-id="${listed!.id}"] [data-testid="scenario-figures"]`).textContent(),
    )
    .toMatch(/6 人.*85,?000/);
  await leader.screenshot('scenario-list-figures');
});

it('deletes a scenario with an undo window: undone it stays, left alone it goes', async () => {
  const { page } = leader;
  const [listed] = await scenarios();
  await page.getByTestId('scenario-delete').first().click();
  await page.getByTestId('confirm-delete').click();
  await page.getByTestId('scenario-deleted').waitFor();
  await expect.poll(() => page.getByTestId('scenario-item').count()).toBe(0);
  await page.getByTestId('scenario-undo-delete').click();
  await expect.poll(() => page.getByTestId('scenario-item').count()).toBe(1);
  expect((await scenarios()).map((entry) => entry.id)).toEqual([listed!.id]);

  await page.getByTestId('scenario-delete').first().click();
  await page.getByTestId('confirm-delete').click();
  await page.getByTestId('scenario-deleted').waitFor();
  await eventually(async () => expect(await scenarios()).toEqual([]), 20_000);
});
