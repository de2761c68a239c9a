import { beforeAll, expect, it } from 'vitest';
import { generateOrg, toJSONValue } from '@orgcanvas/model';
import { type Person, itLeftNoUncaughtError, setUpJourney } from '../src/index.js';

/** The smallest text the canvas may draw, in screen pixels (client/src/canvas/detail.ts READABLE_PX). */
const READABLE_PX = 9;
const ROLES = 2000;
// Printed so a failing chart can be generated again: set LARGE_ORG_SEED to replay another one.
const seed = Number(process.env.LARGE_ORG_SEED ?? 16);
console.info(`large-org journey: ${ROLES} roles generated with seed ${seed}`);

/** A 2,000-role organisation, expanded all the way down, stays readable on the canvas. */
const journey = setUpJourney({
  workspace: '大型组织',
  design: toJSONValue(generateOrg({ roles: ROLES, seed })),
  people: [{ name: 'Planner', locale: 'en-US' }],
});
let planner: Person;
beforeAll(() => {
  [planner] = journey.people as [Person];
});

const drawnRoles = () => planner.page.evaluate(() => window.__orgCanvas?.visibleRoles().length ?? 0);
const textSizes = () => planner.page.evaluate(() => window.__orgCanvas?.textSizes() ?? []);

it('opens folded below the second level, then shows every role after "expand all"', async () => {
  await planner.page.waitForFunction(() => window.__orgCanvas !== undefined);
  await expect.poll(drawnRoles).toBeGreaterThan(0);
  expect(await drawnRoles()).toBeLessThan(ROLES);
  await planner.page.getByTestId('expand-all').click();
  await expect.poll(drawnRoles, { timeout: 60_000 }).toBe(ROLES);
});

it('zoom to fit fits the top levels at a readable zoom, says how to see the rest, and draws no tiny text', async () => {
  await planner.page.getByTestId('zoom-to-fit').click();
  const notice = planner.page.getByTestId('org-canvas-notice');
  await expect.poll(() => notice.textContent()).toMatch(/showing the top (level|\d+ levels)/);
  await planner.page.getByTestId('org-canvas-minimap').waitFor();
  const sizes = await textSizes();
  expect(sizes.length).toBeGreaterThan(0);
  expect(Math.min(...sizes)).toBeGreaterThanOrEqual(READABLE_PX);
  await planner.screenshot('large-org-fit');
});

it('zoomed far out, it drops text rather than draw it unreadably small', async () => {
  for (let i = 0; i < 8; i++) await planner.page.getByTestId('zoom-out').click();
  expect(await planner.page.evaluate(() => window.__orgCanvas?.scale() ?? 1)).toBeLessThan(0.2);
  for (const size of await textSizes()) expect(size).toBeGreaterThanOrEqual(READABLE_PX);
  await expect.poll(() => planner.page.getByTestId('org-canvas-notice').count()).toBe(0);
});

it('"expand to level 2" folds the chart back to its top two levels', async () => {
  await planner.page.getByTestId('expand-to-level').selectOption('2');
  await expect.poll(drawnRoles, { timeout: 60_000 }).toBeLessThan(100);
  await planner.page.getByTestId('collapse-all').click();
  await expect.poll(drawnRoles, { timeout: 60_000 }).toBe(1);
});

itLeftNoUncaughtError(journey);
