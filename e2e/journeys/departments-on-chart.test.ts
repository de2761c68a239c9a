import { beforeAll, expect, it } from 'vitest';
import { type Page } from 'playwright-core';
import { type Person, itLeftNoUncaughtError, setUpJourney } from '../src/index.js';

/**
 * A design of departments only (电商公司组织架构及各部门工作分配职责: three departments, their duties,
 * no roles) reads as a department chart, and units are made and moved on the chart itself.
 */
const journey = setUpJourney({
  workspace: '部门',
  template: 'ecommerce-company-departments',
  people: [{ name: '王经理' }, { name: 'Li Zongjian', locale: 'en-US' }],
});
let wang: Person;
let li: Person;
beforeAll(() => {
  [wang, li] = journey.people as [Person, Person];
});

const chartUnits = (page: Page) => page.evaluate(() => window.__orgCanvas?.units() ?? []);

async function unitRect(page: Page, unitId: string) {
  await page.waitForFunction((id) => window.__orgCanvas?.units().some((u) => u.unitId === id), unitId);
  await page.evaluate((id) => window.__orgCanvas?.reveal([id]), unitId);
  await page.waitForTimeout(300);
  return (await chartUnits(page)).find((unit) => unit.unitId === unitId)!.rect;
}

async function clickUnit(page: Page, unitId: string) {
  const rect = await unitRect(page, unitId);
  await page.mouse.click(rect.x + rect.width / 2, rect.y + rect.height / 2);
}

/** Drags one unit card onto another with the mouse. */
async function dragUnitOnto(page: Page, unitId: string, parentId: string) {
  await page.evaluate((ids) => window.__orgCanvas?.reveal(ids), [unitId, parentId]);
  await page.waitForTimeout(300);
  const units = await chartUnits(page);
  const from = units.find((unit) => unit.unitId === unitId)!.rect;
  const to = units.find((unit) => unit.unitId === parentId)!.rect;
  const start = { x: from.x + from.width / 2, y: from.y + from.height / 2 };
  const end = { x: to.x + to.width / 2, y: to.y + to.height / 2 };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  for (let step = 1; step <= 12; step++)
    await page.mouse.move(
      start.x + ((end.x - start.x) * step) / 12,
      start.y + ((end.y - start.y) * step) / 12,
    );
  await page.mouse.up();
}

it('opens to its three departments on the chart, each with its duty count, and no "no roles" notice', async () => {
  const units = await journey.units();
  expect(units.map((unit) => unit.name)).toEqual(['综合部', '财务部', '采配部']);
  await expect
    .poll(async () => (await chartUnits(wang.page)).map((unit) => unit.name).sort())
    .toEqual(['综合部', '财务部', '采配部'].sort());
  const drawn = await chartUnits(wang.page);
  for (const unit of units) {
    const card = drawn.find((entry) => entry.unitId === unit.id)!;
    expect(card.kind).toBe('card');
    const duties = unit.responsibilities.reduce((n, area) => n + area.items.length, 0);
    expect(duties).toBeGreaterThan(0);
    expect(card.texts).toContain(`职责 ${duties}`);
  }
  expect(await wang.page.getByTestId('org-canvas-notice').count()).toBe(0);
  await wang.screenshot('departments-on-chart');
});

it('a department card opens its duties beside it and in the Units tab', async () => {
  const finance = (await journey.units()).find((unit) => unit.name === '财务部')!;
  await clickUnit(wang.page, finance.id);
  const duties = wang.page.getByTestId('unit-duties');
  await duties.waitFor();
  const count = finance.responsibilities.reduce((n, area) => n + area.items.length, 0);
  expect(await duties.getByTestId('unit-duty').count()).toBe(count);
  await expect.poll(() => wang.page.getByTestId('unit-editor').getAttribute('data-unit-id')).toBe(finance.id);
});

it('a unit created on the chart is in the Units tab and reaches the other person', async () => {
  const finance = (await journey.units()).find((unit) => unit.name === '财务部')!;
  await wang.page.getByTestId('chart-add-unit').click();
  await expect.poll(async () => (await journey.units()).length).toBe(4);
  const created = (await journey.units()).find(
    (unit) => !['综合部', '财务部', '采配部'].includes(unit.name),
  )!;
  expect(created.parentId).toBe(finance.id);
  await wang.page.locator(`[data-testid="unit-row"][data-unit-id="${created.id}"]`).waitFor();
  await expect
    .poll(async () => (await chartUnits(li.page)).some((unit) => unit.unitId === created.id))
    .toBe(true);
  await li.page.getByTestId('tab-units').click();
  await li.page.locator(`[data-testid="unit-row"][data-unit-id="${created.id}"]`).waitFor();
});

it('dragging a department onto another moves it there, and a move under itself is refused, saying why', async () => {
  const units = await journey.units();
  const general = units.find((unit) => unit.name === '综合部')!;
  const procurement = units.find((unit) => unit.name === '采配部')!;
  await dragUnitOnto(li.page, procurement.id, general.id);
  await expect
    .poll(async () => (await journey.units()).find((unit) => unit.id === procurement.id)?.parentId)
    .toBe(general.id);
  await dragUnitOnto(li.page, general.id, procurement.id);
  await li.page.getByTestId('toast-refused').waitFor();
  expect((await journey.units()).find((unit) => unit.id === general.id)?.parentId).toBeNull();
});

it('a unit is renamed, recoloured and deleted on the chart, and the other person sees each change', async () => {
  const created = (await journey.units()).find(
    (unit) => !['综合部', '财务部', '采配部'].includes(unit.name),
  )!;
  await clickUnit(li.page, created.id);
  const panel = li.page.getByTestId('unit-panel');
  await panel.waitFor();
  await panel.getByTestId('unit-panel-name').fill('售后部');
  await panel.getByTestId('unit-panel-name').press('Enter');
  await expect
    .poll(async () => (await journey.units()).find((u) => u.id === created.id)?.name)
    .toBe('售后部');
  await expect
    .poll(async () => (await chartUnits(wang.page)).find((u) => u.unitId === created.id)?.name)
    .toBe('售后部');

  const swatch = panel.getByTestId('unit-panel-colour').nth(3);
  const colour = await swatch.getAttribute('data-colour');
  await swatch.click();
  await expect.poll(async () => (await journey.units()).find((u) => u.id === created.id)?.color).toBe(colour);

  await panel.getByTestId('unit-panel-delete').click();
  await panel.getByTestId('unit-panel-delete-confirm').click();
  await expect.poll(async () => (await journey.units()).some((u) => u.id === created.id)).toBe(false);
  await expect
    .poll(async () => (await chartUnits(wang.page)).some((u) => u.unitId === created.id))
    .toBe(false);
  expect((await journey.units()).length).toBe(3);
});

itLeftNoUncaughtError(journey);
