import { readFile } from 'node:fs/promises';
import { ROUTES } from '@orgcanvas/protocol';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type BrowserSession, type RunningServer, launchBrowser, startApp, treeItems } from '../src/index.js';

/**
 * A leader opens OrgCanvas for the first time, creates a workspace, starts a scenario from one of the
 * built-in templates and sees every role of it in the outline.
 */
let app: RunningServer;
let browser: BrowserSession;

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  app?.dispose();
});

it('creates a workspace and a scenario from a template through the UI, exports it as JSON and imports it again', async () => {
  const leader = await browser.person({ locale: 'zh-CN' });
  const { page } = leader;
  await page.goto(app.url);
  await page.getByTestId('workspace-name-input').fill('华东电商');
  await page.getByTestId('create-workspace').click();
  await page.waitForURL(/\/w\/[^/]+\?token=/);
  await expect.poll(() => page.getByTestId('workspace-name').textContent()).toContain('华东电商');

  const editLink = await page.getByTestId('edit-link').inputValue();
  const viewLink = await page.getByTestId('view-link').inputValue();
  expect(editLink).toMatch(/\/w\/[^/]+\?token=/);
  expect(viewLink).toMatch(/\/w\/[^/]+\?token=/);
  expect(viewLink).not.toBe(editLink);

  await page.getByTestId('new-scenario').click();
  await page.getByTestId('source-template').click();
  const templates = (await (await fetch(`${app.url}${ROUTES.templates}`)).json()) as {
    id: string;
    name: { zh: string };
    counts: { roles: number };
  }[];
  expect(templates).toHaveLength(9);
  await expect.poll(() => page.getByTestId('template-card').count()).toBe(9);
  const chosen = templates.find((template) => template.id === 'ecommerce-staff-duties')!;
  await page.locator('[data-testid="template-card"][data-template-id="ecommerce-staff-duties"]').click();
  await leader.screenshot('create-scenario-gallery');
  await page.getByTestId('create-scenario').click();

  await page.waitForURL(/\/w\/[^/]+\/s\/[^/]+\?token=/);
  await page.getByTestId('name-input').fill('李经理');
  await page.getByTestId('name-submit').click();
  await page.getByTestId('person-self').waitFor();
  await page.getByRole('tree').waitFor();
  await expect.poll(() => treeItems(page).count()).toBe(chosen.counts.roles);
  const names = await treeItems(page).evaluateAll((items) =>
    items.map((item) => item.getAttribute('aria-label') ?? ''),
  );
  expect(names.some((name) => name.startsWith('店长'))).toBe(true);
  expect(names.some((name) => name.startsWith('运营推广'))).toBe(true);
  await page.getByTestId('org-canvas').waitFor();
  await leader.screenshot('create-scenario-editor');

  await page.getByTestId('back-to-workspace').click();
  await page.getByTestId('scenario-item').first().waitFor();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('scenario-export').first().click(),
  ]);
  const file = JSON.parse(await readFile((await download.path())!, 'utf8')) as {
    format: string;
    version: number;
    roles: { title: string }[];
  };
  expect(file).toMatchObject({ format: 'orgcanvas.design', version: 1 });
  expect(file.roles).toHaveLength(chosen.counts.roles);
  expect(file.roles.map((role) => role.title)).toContain('运营推广');

  // A file with mistakes is refused with every problem and its path; nothing is created.
  const broken = structuredClone(file) as unknown as {
    roles: { reportsTo: string | null; headcount: number }[];
  };
  broken.roles[1]!.reportsTo = 'r-missing';
  broken.roles[2]!.headcount = -3;
  await page.getByTestId('new-scenario').click();
  await page.getByTestId('source-file').click();
  await page.getByTestId('import-file-input').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(broken)),
  });
  await page.getByTestId('import-error').first().waitFor();
  const problems = await page.getByTestId('import-error').allTextContents();
  expect(problems.some((text) => text.includes('roles[1].reportsTo'))).toBe(true);
  expect(problems.some((text) => text.includes('roles[2].headcount'))).toBe(true);
  expect(await page.getByTestId('create-scenario').isDisabled()).toBe(true);

  // The exported file itself imports as a new scenario with the same roles.
  await page.getByTestId('import-file-input').setInputFiles((await download.path())!);
  await page.getByTestId('import-ok').waitFor();
  await page.getByTestId('scenario-name-input').fill('导入的方案');
  await page.getByTestId('create-scenario').click();
  await page.waitForURL(/\/w\/[^/]+\/s\/[^/]+\?token=/);
  await expect.poll(() => treeItems(page).count()).toBe(chosen.counts.roles);
  expect(leader.errors).toEqual([]);
});
