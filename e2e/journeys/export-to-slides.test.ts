import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import { expect, it } from 'vitest';
import { templateDesign } from '@orgcanvas/templates';
import { createScenario } from '../src/api.js';
import { itLeftNoUncaughtError, setUpJourney } from '../src/index.js';

/**
 * A leader prepares the board meeting: from the editor she exports the chart as an editable deck,
 * as an SVG, and the selected branch as a sharp PNG.
 */
const TEMPLATE = 'ecommerce-org-chart-roles';
const journey = setUpJourney({ workspace: '董事会材料', template: TEMPLATE, people: [{ name: '王总' }] });
const titles = templateDesign(TEMPLATE).roles.map((r) => r.title);

async function exportAs(
  format: string,
  scope?: string,
  scale?: number,
): Promise<{ name: string; bytes: Buffer }> {
  const { page } = journey.people[0]!;
  await page.getByTestId('export-open').click();
  const dialog = page.getByTestId('export-dialog');
  await dialog.waitFor();
  await dialog.locator(`input[name="export-format"][value="${format}"]`).check();
  if (scope) await dialog.locator(`input[name="export-scope"][value="${scope}"]`).check();
  if (scale) await dialog.locator(`input[name="export-scale"][value="${scale}"]`).check();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByTestId('export-start').click(),
  ]);
  await expect.poll(() => dialog.getByTestId('export-status').textContent()).toContain('已保存');
  const bytes = await readFile((await download.path())!);
  await dialog.getByRole('button', { name: '关闭' }).click();
  return { name: download.suggestedFilename(), bytes };
}

it('downloads an editable deck named after the scenario, with every role and glued lines', async () => {
  const { name, bytes } = await exportAs('pptx');
  expect(name).toBe('方案.pptx');
  const slide = await (await JSZip.loadAsync(bytes)).file('ppt/slides/slide1.xml')!.async('string');
  for (const t of titles) expect(slide).toContain(t);
  expect(slide).toMatch(/<a:stCxn id="\d+" idx="2"\/><a:endCxn id="\d+" idx="0"\/>/);
  await journey.people[0]!.screenshot('export-dialog-done');
});

it('puts this scenario and two forks into one deck with a comparison slide for each', async () => {
  for (const name of ['精简方案', '扩张方案'])
    await createScenario(journey.app.url, journey.workspace, { name, from: journey.scenarioId });
  const { page } = journey.people[0]!;
  await page.getByTestId('export-open').click();
  const dialog = page.getByTestId('export-dialog');
  await dialog.locator('input[name="export-format"][value="pptx"]').check();
  const deck = dialog.getByTestId('export-deck');
  await expect.poll(() => deck.locator('input[name="export-deck-scenario"]').count()).toBe(2);
  for (const name of ['精简方案', '扩张方案']) await deck.getByLabel(name).check();
  expect(await dialog.getByTestId('export-comparison').isChecked()).toBe(true);
  await journey.people[0]!.screenshot('export-dialog-deck');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByTestId('export-start').click(),
  ]);
  const zip = await JSZip.loadAsync(await readFile((await download.path())!));
  const presentation = await zip.file('ppt/presentation.xml')!.async('string');
  for (const name of ['方案', '精简方案', '扩张方案'])
    expect(presentation).toContain(`<p14:section name="${name}"`);
  const slides = Object.keys(zip.files).filter((p) => /^ppt\/slides\/slide\d+\.xml$/.test(p)).length;
  const slide = (n: number) => zip.file(`ppt/slides/slide${n}.xml`)!.async('string');
  expect(await slide(slides - 1)).toContain('方案对比：方案 与 精简方案');
  expect(await slide(slides)).toContain('方案对比：方案 与 扩张方案');
  await dialog.getByRole('button', { name: '关闭' }).click();
});

it('downloads the whole design as an SVG with its font embedded', async () => {
  const { name, bytes } = await exportAs('svg', 'design');
  expect(name).toBe('方案.svg');
  const svg = bytes.toString('utf8');
  for (const t of titles) expect(svg).toContain(`<title>${t}</title>`);
  expect(svg).toContain('font/woff2;base64,');
});

it('exports the current view as an SVG that carries the glyphs it draws', async () => {
  const { name, bytes } = await exportAs('svg', 'view');
  expect(name).toBe('方案-view.svg');
  const svg = bytes.toString('utf8');
  expect(svg).toContain('font/woff2;base64,');
  // The subset covers every character drawn: each visible title's characters are in a unicode-range.
  const ranges = new Set([...svg.matchAll(/U\+([0-9a-f]+)/g)].map((m) => parseInt(m[1]!, 16)));
  const drawn = [...svg.matchAll(/<title>([^<]+)<\/title>/g)].map((m) => m[1]!);
  expect(drawn.length).toBeGreaterThan(0);
  for (const title of drawn)
    for (const ch of title.replace(/\s/g, '')) expect(ranges.has(ch.codePointAt(0)!), ch).toBe(true);
});

it('asks for a selection first, then exports just the selected cards as a PNG at 3x', async () => {
  const { page } = journey.people[0]!;
  await page.getByTestId('export-open').click();
  const dialog = page.getByTestId('export-dialog');
  await dialog.locator('input[name="export-scope"][value="selection"]').check();
  await expect.poll(() => dialog.textContent()).toContain('请先在图上选择岗位。');
  expect(await dialog.getByTestId('export-start').isDisabled()).toBe(true);
  await dialog.getByRole('button', { name: '关闭' }).click();

  const [first] = titles;
  await page.getByRole('treeitem').filter({ hasText: first! }).first().click();
  const { name, bytes } = await exportAs('png', 'selection', 3);
  expect(name).toBe('方案-selection@3x.png');
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  // One 200 x 84 card and the 24-unit margin around it, at three pixels per unit.
  expect(bytes.readUInt32BE(16)).toBe((200 + 48) * 3);
  expect(bytes.readUInt32BE(20)).toBe((84 + 48) * 3);
});

itLeftNoUncaughtError(journey);
