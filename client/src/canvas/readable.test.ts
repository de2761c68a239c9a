import { describe, expect, it } from 'vitest';
import { type LayoutResult, buildScene, readDesign } from '@orgcanvas/model';
import { sampleDoc } from '../test/fixtures';
import { READABLE_PX, detailFor, drawnTextSizes, fontSizesOf, minReadableFont } from './detail';
import { levelBounds } from './levels';
import { FIT_READABLE_SCALE, fitChart } from './viewport';

const design = readDesign(sampleDoc());

/** Every role of the sample in a row, 250 apart: enough to build a real scene from. */
function rowLayout(): LayoutResult {
  const nodes = design.roles.map((role, i) => ({ id: role.id, x: i * 250, y: 0, width: 200, height: 84 }));
  return {
    nodes,
    edges: [],
    units: [],
    unitEdges: [],
    bounds: { x: 0, y: 0, width: nodes.length * 250, height: 84 },
  };
}

describe('readable text', () => {
  const scene = buildScene(design, rowLayout(), { locale: 'en', collapsed: new Set(['coo']) });
  const everywhere = { x: -1e6, y: -1e6, width: 2e6, height: 2e6 };

  it('never draws text below the readable size, at any zoom', () => {
    for (const scale of [0.05, 0.2, 0.3, 0.33, 0.45, 0.55, 0.6, 0.7, 0.8, 1, 2]) {
      const sizes = drawnTextSizes(scene.cards, detailFor(scale), scale, everywhere);
      for (const size of sizes) expect(size, `at zoom ${scale}`).toBeGreaterThanOrEqual(READABLE_PX - 1e-9);
    }
  });

  it('drops the small subtitle and badge labels first and keeps the titles while they read', () => {
    const smallest = Math.min(...fontSizesOf(scene.cards));
    const atFull = drawnTextSizes(scene.cards, 'near', 1, everywhere);
    expect(Math.min(...atFull)).toBe(smallest);
    const at06 = drawnTextSizes(scene.cards, detailFor(0.6), 0.6, everywhere);
    expect(at06.length).toBeGreaterThan(0);
    expect(at06.length).toBeLessThan(atFull.length);
    expect(minReadableFont(0.6, fontSizesOf(scene.cards))).toBeGreaterThan(smallest);
    expect(drawnTextSizes(scene.cards, detailFor(0.1), 0.1, everywhere)).toEqual([]);
  });

  it('counts only the cards in view', () => {
    const firstCard = { x: 0, y: 0, width: 200, height: 84 };
    const all = drawnTextSizes(scene.cards, 'near', 1, everywhere).length;
    const one = drawnTextSizes(scene.cards, 'near', 1, firstCard).length;
    expect(one).toBeGreaterThan(0);
    expect(one).toBeLessThan(all);
  });
});

describe('zoom to fit', () => {
  const size = { width: 1000, height: 700 };

  it('fits a chart that reads whole, and says nothing', () => {
    const whole = { x: 0, y: 0, width: 2000, height: 600 };
    const fit = fitChart(whole, [whole], size);
    expect(fit.levelsShown).toBeNull();
    expect(fit.viewport.scale).toBeGreaterThanOrEqual(FIT_READABLE_SCALE);
  });

  it('fits as many top levels as read whole', () => {
    const levels = [
      { x: 1_000, y: 0, width: 200, height: 84 },
      { x: 200, y: 150, width: 1_800, height: 84 },
      { x: 0, y: 300, width: 20_000, height: 84 },
    ];
    const fit = fitChart({ x: 0, y: 0, width: 20_000, height: 384 }, levels, size);
    expect(fit.levelsShown).toBe(2);
    expect(fit.viewport.scale).toBeGreaterThanOrEqual(FIT_READABLE_SCALE);
  });

  it('shows the top of a chart too wide even for two levels at the readable zoom, top level centred', () => {
    const levels = [
      { x: 25_000, y: 0, width: 200, height: 84 },
      { x: 0, y: 150, width: 50_000, height: 84 },
      { x: 0, y: 300, width: 50_000, height: 84 },
      { x: 0, y: 5_000, width: 50_000, height: 84 },
    ];
    const fit = fitChart({ x: 0, y: 0, width: 50_000, height: 5_084 }, levels, size);
    expect(fit.viewport.scale).toBe(FIT_READABLE_SCALE);
    expect(fit.levelsShown).toBe(3);
    const centre = (size.width / 2 - fit.viewport.x) / fit.viewport.scale;
    expect(centre).toBeCloseTo(25_100, 6);
    expect(fit.viewport.y).toBe(100);
  });

  it('measures each level down the reporting tree', () => {
    const nodes = [
      { id: 'ceo', x: 400, y: 0, width: 200, height: 84 },
      { id: 'coo', x: 0, y: 150, width: 200, height: 84 },
      { id: 'cfo', x: 300, y: 150, width: 200, height: 84 },
      { id: 'opsm', x: 0, y: 300, width: 200, height: 84 },
    ];
    expect(levelBounds(design, nodes)).toEqual([
      { x: 400, y: 0, width: 200, height: 84 },
      { x: 0, y: 150, width: 500, height: 84 },
      { x: 0, y: 300, width: 200, height: 84 },
    ]);
  });
});
