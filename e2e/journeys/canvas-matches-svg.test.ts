import { expect, it } from 'vitest';
import { layoutDesign, sceneOf, sceneSVG } from '@orgcanvas/export';
import { SCENE_MARGIN } from '@orgcanvas/model';
import { templateDesign } from '@orgcanvas/templates';
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
  const scale = await page.evaluate(() => window.__orgCanvas!.scale());
  expect(scale).toBeGreaterThan(0.6); // the near level of detail, which the SVG draws
  const cards: Record<string, Box> = await page.evaluate(
    (ids) => Object.fromEntries(ids.map((id) => [id, window.__orgCanvas!.cardRect(id)!])),
    design.roles.map((r) => r.id),
  );
  const canvasShot = (await page.screenshot()).toString('base64');

  const scene = sceneOf(design, await layoutDesign(design), { title: null, legend: false });
  const svg = await sceneSVG(scene);
  const anchor = scene.cards[0]!;
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
  const svgShot = (await svgPage.screenshot()).toString('base64');
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
            const d = Math.max(
              Math.abs(pa.data[i]! - pb.data[i]!),
              Math.abs(pa.data[i + 1]! - pb.data[i + 1]!),
              Math.abs(pa.data[i + 2]! - pb.data[i + 2]!),
            );
            total++;
            if (d > 96) differing++;
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
  expect(result.differing / result.total).toBeLessThan(0.02);
});

itLeftNoUncaughtError(journey);
