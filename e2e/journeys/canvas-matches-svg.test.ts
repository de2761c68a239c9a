import { join } from 'node:path';
import { expect, it } from 'vitest';
import { layoutDesign, sceneOf, sceneSVG } from '@orgcanvas/export';
import { SCENE_MARGIN } from '@orgcanvas/model';
import { templateDesign } from '@orgcanvas/templates';
import { artifactsDir } from '../src/browser.js';
import { itLeftNoUncaughtError, setUpJourney } from '../src/index.js';

/**
 * One drawing path, seen: a template drawn on the canvas and the same template's SVG export, both
 * rendered by Chromium, look the same card for card.
 */
const TEMPLATE = 'operations-centre-roles-new';
const journey = setUpJourney({ workspace: '视觉对比', template: TEMPLATE, people: [{ name: '设计师' }] });

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

it('draws every card on the canvas as the SVG export draws it, within a small pixel difference', async () => {
  const { page } = journey.people[0]!;
  const design = templateDesign(TEMPLATE);
  await page.getByTestId('org-canvas').waitFor();
  await expect
    .poll(() => page.evaluate(() => window.__orgCanvas?.visibleRoles().length ?? 0))
    .toBe(design.roles.length);
  // The canvas refits its text once Noto Sans SC has arrived; wait for it, then for a redraw.
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
  await expect
    .poll(() => page.evaluate(() => document.fonts.check("bold 15px 'Noto Sans SC'", '运营')))
    .toBe(true);
  await page.waitForTimeout(500);
  // Close enough to draw the near level of detail, which is what the SVG draws.
  const scaleNow = () => page.evaluate(() => window.__orgCanvas!.scale());
  for (let i = 0; i < 6 && (await scaleNow()) < 0.75; i++) await page.getByTestId('zoom-in').click();
  await page.waitForTimeout(500);
  const scale = await scaleNow();
  expect(scale).toBeGreaterThanOrEqual(0.75);
  const area = (await page.getByTestId('canvas-area').boundingBox())!;
  const all: Record<string, Box | null> = await page.evaluate(
    (ids) => Object.fromEntries(ids.map((id) => [id, window.__orgCanvas!.cardRect(id)])),
    design.roles.map((r) => r.id),
  );
  // The cards wholly on screen are the ones compared.
  const cards = Object.fromEntries(
    Object.entries(all).filter(
      (entry): entry is [string, Box] =>
        entry[1] !== null &&
        entry[1].x >= area.x &&
        entry[1].y >= area.y &&
        entry[1].x + entry[1].width <= area.x + area.width &&
        entry[1].y + entry[1].height <= area.y + area.height,
    ),
  );
  expect(Object.keys(cards).length).toBeGreaterThanOrEqual(3);
  const canvasShot = (
    await page.screenshot({ path: join(artifactsDir, 'canvas-matches-svg-canvas.png') })
  ).toString('base64');

  const scene = sceneOf(design, await layoutDesign(design), { title: null, legend: false });
  const svg = await sceneSVG(scene);
  const anchor = scene.cards.find((c) => cards[c.roleId])!;
  const at = cards[anchor.roleId]!;
  // Where the SVG's top-left corner goes so that its first card lands on the canvas's first card.
  const left = at.x - (anchor.x - scene.bounds.x + SCENE_MARGIN) * scale;
  const top = at.y - (anchor.y - scene.bounds.y + SCENE_MARGIN) * scale;
  const width = (scene.bounds.width + 2 * SCENE_MARGIN) * scale;
  const height = (scene.bounds.height + 2 * SCENE_MARGIN) * scale;
  const svgPage = await journey.people[0]!.context.newPage();
  await svgPage.setViewportSize(page.viewportSize()!);
  const sized = svg.replace(
    /<svg ([^>]*?) width="[^"]+" height="[^"]+"/,
    `<svg $1 width="${width}" height="${height}"`,
  );
  await svgPage.setContent(
    `<body style="margin:0;background:#fff"><div style="position:absolute;left:${left}px;top:${top}px">${sized.replace(/^<\?xml[^>]*>/, '')}</div></body>`,
  );
  await svgPage.evaluate(async () => {
    await document.fonts.ready;
  });
  const svgShot = (
    await svgPage.screenshot({ path: join(artifactsDir, 'canvas-matches-svg-svg.png') })
  ).toString('base64');
  await svgPage.close();

  // Compare inside each card (inset past the antialiased border), pixel by pixel, in the page.
  const result = await page.evaluate(
    async ({ a, b, boxes }) => {
      const load = async (data: string) => {
        const img = new Image();
        img.src = `data:image/png;base64,${data}`;
        await img.decode();
        const c = document.createElement('canvas');
        c.width = img.width;
        c.height = img.height;
        const ctx = c.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        return ctx.getImageData(0, 0, img.width, img.height);
      };
      const [pa, pb] = [await load(a), await load(b)];
      let total = 0;
      let differing = 0;
      let inked = 0;
      for (const box of boxes) {
        for (let y = Math.ceil(box.y + 3); y < box.y + box.height - 3; y++) {
          for (let x = Math.ceil(box.x + 3); x < box.x + box.width - 3; x++) {
            const i = (y * pa.width + x) * 4;
            // Two rasterisers antialias glyph edges differently: a pixel matches when the other
            // image has a close colour within one pixel of it.
            let best = 255;
            for (let dy = -1; dy <= 1; dy++) {
              for (let dx = -1; dx <= 1; dx++) {
                const j = ((y + dy) * pa.width + x + dx) * 4;
                const d = Math.max(
                  Math.abs(pa.data[i]! - pb.data[j]!),
                  Math.abs(pa.data[i + 1]! - pb.data[j + 1]!),
                  Math.abs(pa.data[i + 2]! - pb.data[j + 2]!),
                );
                best = Math.min(best, d);
              }
            }
            total++;
            if (best > 64) differing++;
            if (pa.data[i]! < 128) inked++;
          }
        }
      }
      return { total, differing, inked };
    },
    { a: canvasShot, b: svgShot, boxes: Object.values(cards) },
  );
  expect(result.total).toBeGreaterThan(10_000);
  expect(result.inked).toBeGreaterThan(500); // the canvas did draw text inside the cards
  expect(result.differing / result.total).toBeLessThan(0.01);
});

itLeftNoUncaughtError(journey);
