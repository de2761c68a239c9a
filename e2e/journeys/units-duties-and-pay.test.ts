import { beforeAll, expect, it } from 'vitest';
import { type Person, eventually, itLeftNoUncaughtError, setUpJourney, treeItem } from '../src/index.js';

/**
 * A leader builds out a department: a new unit nested and coloured with its performance coefficient,
 * a role moved into it, a duty with cadence, time and recipient, and the pay that prices the role.
 * A colleague sees each change.
 */
const journey = setUpJourney({
  workspace: '岗位说明书',
  template: 'ecommerce-department-position-descriptions',
  people: [{ name: 'Alice' }, { name: 'Bob', locale: 'en-US' }],
});
let alice: Person;
let bob: Person;
beforeAll(() => {
  [alice, bob] = journey.people as [Person, Person];
});

let unitId = '';

it('creates, names, nests and recolours a unit with its performance coefficient', async () => {
  const page = alice.page;
  await page.getByTestId('tab-units').click();
  await page.getByTestId('add-unit').click();
  const editor = page.getByTestId('unit-editor');
  await editor.waitFor();
  unitId = (await editor.getAttribute('data-unit-id'))!;
  await editor.getByTestId('unit-name').fill('售后服务部');
  await editor.getByTestId('unit-parent').selectOption('ecommerce-dept');
  await editor.getByRole('radio', { name: '#e15759' }).click();
  await editor.getByTestId('unit-coefficient').fill('1.2');
  await editor.getByTestId('unit-coefficient').blur();
  await eventually(async () =>
    expect((await journey.units()).find((unit) => unit.id === unitId)).toEqual(
      expect.objectContaining({
        name: '售后服务部',
        parentId: 'ecommerce-dept',
        color: '#e15759',
        performanceCoefficient: 1.2,
      }),
    ),
  );
  await bob.page.getByTestId('tab-units').click();
  await expect
    .poll(() => bob.page.locator(`[data-testid="unit-row"][data-unit-id="${unitId}"]`).textContent())
    .toContain('售后服务部');
  await page.getByTestId('tab-role').click();
});

it('moves a role into the unit and gives it a duty with cadence, time and recipient', async () => {
  const page = alice.page;
  await treeItem(page, 'shipping-staff').click();
  const inspector = page.getByTestId('inspector');
  await inspector.getByTestId('role-unit').selectOption(unitId);
  await inspector.getByTestId('add-area').click();
  const area = inspector.getByTestId('area').last();
  await area.getByTestId('area-title').fill('客户回访');
  await area.getByTestId('add-item').click();
  const item = area.getByTestId('item').last();
  await item.getByTestId('item-text').fill('回访本周签收的客户');
  await item.getByTestId('item-cadence').selectOption('weekly');
  await item.getByTestId('item-time').fill('早上 10 点');
  await item.getByTestId('item-time').blur();
  await item.getByTestId('item-recipient').selectOption('ops-manager');
  await eventually(async () => {
    const role = (await journey.roles()).find((entry) => entry.id === 'shipping-staff')!;
    expect(role.unitId).toBe(unitId);
    expect(role.responsibilities.at(-1)).toEqual({
      id: expect.any(String),
      title: '客户回访',
      items: [
        {
          id: expect.any(String),
          text: '回访本周签收的客户',
          cadence: 'weekly',
          time: '早上 10 点',
          recipient: 'ops-manager',
        },
      ],
    });
  });
  await bob.page.getByTestId('tab-role').click();
  await treeItem(bob.page, 'shipping-staff').click();
  await expect.poll(() => bob.page.getByTestId('area-title').last().inputValue()).toBe('客户回访');

  // A duty may report to a unit as well; the colleague sees the unit by its name, not its id.
  await item.getByTestId('item-recipient').selectOption(unitId);
  await eventually(async () => {
    const role = (await journey.roles()).find((entry) => entry.id === 'shipping-staff')!;
    expect(role.responsibilities.at(-1)?.items[0]?.recipient).toBe(unitId);
  });
  await expect
    .poll(() =>
      bob.page
        .getByTestId('item-recipient')
        .last()
        .evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent?.trim()),
    )
    .toBe('售后服务部');
});

it('prices the role with the pay formula, the unit’s coefficient and the headcount', async () => {
  const inspector = alice.page.getByTestId('inspector');
  await inspector.getByTestId('role-headcount').fill('2');
  await inspector.getByTestId('role-headcount').blur();
  for (const [field, value] of [
    ['pay-base', '4000'],
    ['pay-standard', '1000'],
    ['pay-personal', '1.1'],
  ] as const) {
    await inspector.getByTestId(field).fill(value);
    await inspector.getByTestId(field).blur();
  }
  // 4000 + 1000 × 1.1 × 1.2 (the unit's coefficient) = 5320 per person, × 2 people.
  await expect.poll(() => inspector.getByTestId('pay-per-person').textContent()).toMatch(/5,?320/);
  await expect.poll(() => inspector.getByTestId('pay-monthly-cost').textContent()).toMatch(/10,?640/);
  await eventually(async () => {
    const role = (await journey.roles()).find((entry) => entry.id === 'shipping-staff')!;
    expect(role.headcount).toBe(2);
    expect(role.pay).toMatchObject({ base: 4000, standardPerformance: 1000, personalCoefficient: 1.1 });
  });
  await expect.poll(() => bob.page.getByTestId('pay-monthly-cost').textContent()).toMatch(/10,?640/);
  await alice.screenshot('units-duties-and-pay');
});

itLeftNoUncaughtError(journey);
