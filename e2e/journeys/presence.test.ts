import { beforeAll, expect, it } from 'vitest';
import { type Person, itLeftNoUncaughtError, setUpJourney, treeItem } from '../src/index.js';

/** Three people in one scenario see who is there, where each one points and what each one selected. */
const journey = setUpJourney({
  workspace: '在线协作',
  template: 'ecommerce-staff-duties',
  people: [{ name: 'Alice' }, { name: 'Bob', locale: 'en-US' }, { name: '王总', viewer: true }],
});
let alice: Person;
let bob: Person;
let viewer: Person;
beforeAll(() => {
  [alice, bob, viewer] = journey.people as [Person, Person, Person];
});

const person = (who: Person, name: string) =>
  who.page.locator(`[data-testid="person"][data-person-name="${name}"]`);

it('lists everyone in the people bar, marking view-only people', async () => {
  await person(alice, 'Bob').waitFor();
  await person(alice, '王总').waitFor();
  await person(bob, 'Alice').waitFor();
  expect(await person(alice, '王总').getAttribute('data-viewer')).toBe('true');
  expect(await person(alice, 'Bob').getAttribute('data-viewer')).not.toBe('true');
});

it('shows a person’s selection in the others’ outline in their colour', async () => {
  await treeItem(alice.page, 'designer').click();
  await treeItem(bob.page, 'designer').locator('.peer-dot[title="Alice"]').waitFor();
  await treeItem(viewer.page, 'designer').locator('.peer-dot[title="Alice"]').waitFor();
  await treeItem(alice.page, 'finance').click();
  await treeItem(bob.page, 'finance').locator('.peer-dot[title="Alice"]').waitFor();
  expect(await treeItem(bob.page, 'designer').locator('.peer-dot[title="Alice"]').count()).toBe(0);
});

it('moves a person’s pointer on the others’ canvases', async () => {
  const canvas = alice.page.getByTestId('org-canvas');
  const box = (await canvas.boundingBox())!;
  const peerPointer = () =>
    bob.page.evaluate(
      () => window.__orgCanvas?.peers().find((peer) => peer.name === 'Alice')?.pointer ?? null,
    );
  await alice.page.mouse.move(box.x + 100, box.y + 100);
  await expect.poll(peerPointer).not.toBeNull();
  const first = (await peerPointer())!;
  await alice.page.mouse.move(box.x + 300, box.y + 220, { steps: 5 });
  await expect.poll(async () => (await peerPointer())?.x).toBeGreaterThan(first.x);
  await bob.screenshot('presence-bob-sees-alice');
});

it('follows what another person looks at until the viewer pans', async () => {
  await treeItem(alice.page, 'operations-promotion').click();
  await alice.page.getByTestId('zoom-to-selection').click();
  const scale = (who: Person) => who.page.evaluate(() => window.__orgCanvas?.scale() ?? 0);
  await expect.poll(() => scale(alice)).toBeGreaterThan(0);
  await person(bob, 'Alice').click();
  await bob.page.getByTestId('follow-banner').waitFor();
  await expect.poll(async () => Math.abs((await scale(bob)) - (await scale(alice)))).toBeLessThan(0.01);
  await expect
    .poll(async () => {
      const card = await bob.page.evaluate(
        () => window.__orgCanvas?.cardRect('operations-promotion') ?? null,
      );
      const box = (await bob.page.getByTestId('org-canvas').boundingBox())!;
      return card !== null && card.x > box.x && card.x + card.width < box.x + box.width;
    })
    .toBe(true);

  const box = (await bob.page.getByTestId('org-canvas').boundingBox())!;
  await bob.page.mouse.move(box.x + 20, box.y + box.height - 20);
  await bob.page.mouse.down();
  await bob.page.mouse.move(box.x + 140, box.y + box.height - 60, { steps: 6 });
  await bob.page.mouse.up();
  await expect.poll(() => bob.page.getByTestId('follow-banner').count()).toBe(0);
});

it('removes a person who leaves', async () => {
  await viewer.page.close();
  await expect.poll(() => person(alice, '王总').count(), { timeout: 40_000 }).toBe(0);
});

itLeftNoUncaughtError(journey);
