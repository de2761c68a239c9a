import { describe, expect, it } from 'vitest';
import type { LayoutNode, SceneCard } from '@orgcanvas/model';
import { cullWindow, detailFor } from './detail.js';
import {
  cardAt,
  cardsInRect,
  collapseBadgeAt,
  dropTargetAt,
  rectFromPoints,
  toggleInSelection,
} from './hitTest.js';
import {
  classifyWheel,
  fitBounds,
  focusOn,
  fromCentre,
  centreOf,
  screenToWorld,
  worldToScreen,
  zoomAt,
  MAX_SCALE,
} from './viewport.js';

const size = { width: 800, height: 600 };

describe('viewport', () => {
  it('zooms around the pointer: the canvas point under it stays put', () => {
    const v = { x: 30, y: -20, scale: 0.8 };
    const pointer = { x: 250, y: 410 };
    const before = screenToWorld(v, pointer);
    for (const f of [1.25, 0.5, 3]) {
      const z = zoomAt(v, pointer, f);
      const after = screenToWorld(z, pointer);
      expect(after.x).toBeCloseTo(before.x, 6);
      expect(after.y).toBeCloseTo(before.y, 6);
    }
    expect(zoomAt(v, pointer, 100).scale).toBe(MAX_SCALE);
  });

  it('fits bounds inside the stage with padding, centred, without magnifying small charts', () => {
    const bounds = { x: 100, y: 50, width: 2000, height: 500 };
    const v = fitBounds(bounds, size, 40);
    expect(v.scale).toBeCloseTo(720 / 2000, 6);
    const tl = worldToScreen(v, bounds);
    const br = worldToScreen(v, { x: bounds.x + bounds.width, y: bounds.y + bounds.height });
    expect(tl.x).toBeCloseTo(40, 6);
    expect(br.x).toBeCloseTo(760, 6);
    expect((tl.y + br.y) / 2).toBeCloseTo(300, 6);
    expect(fitBounds({ x: 0, y: 0, width: 200, height: 84 }, size).scale).toBe(1);
  });

  it('converts a centre and scale to a viewport and back', () => {
    const v = fromCentre({ x: 1234, y: -56 }, 0.42, size);
    const c = centreOf(v, size);
    expect(c.x).toBeCloseTo(1234, 6);
    expect(c.y).toBeCloseTo(-56, 6);
  });

  it('focuses on a target: keeps the scale when it fits, zooms out when it does not', () => {
    const v = { x: 0, y: 0, scale: 1 };
    const small = focusOn(v, { x: 5000, y: 5000, width: 200, height: 84 }, size);
    expect(small.scale).toBe(1);
    const c = centreOf(small, size);
    expect(c.x).toBeCloseTo(5100, 6);
    const big = focusOn(v, { x: 0, y: 0, width: 4000, height: 100 }, size);
    expect(big.scale).toBeLessThan(0.2);
  });

  it('tells pinches and mouse wheels (zoom) from two-finger scrolls (pan)', () => {
    const base = { deltaX: 0, deltaY: 0, deltaMode: 0, ctrlKey: false, metaKey: false };
    expect(classifyWheel({ ...base, deltaY: 3.2, ctrlKey: true })).toBe('zoom');
    expect(classifyWheel({ ...base, deltaY: 100 })).toBe('zoom');
    expect(classifyWheel({ ...base, deltaY: 3, deltaMode: 1 })).toBe('zoom');
    expect(classifyWheel({ ...base, deltaY: 4.5 })).toBe('pan');
    expect(classifyWheel({ ...base, deltaX: 12, deltaY: 2 })).toBe('pan');
  });
});

describe('hit testing', () => {
  const nodes: LayoutNode[] = [
    { id: 'a', x: 0, y: 0, width: 200, height: 84 },
    { id: 'b', x: 250, y: 0, width: 200, height: 84 },
    { id: 'c', x: 250, y: 150, width: 200, height: 84 },
  ];

  it('finds the card under a point, and none on the background', () => {
    expect(cardAt(nodes, { x: 10, y: 10 })).toBe('a');
    expect(cardAt(nodes, { x: 300, y: 200 })).toBe('c');
    expect(cardAt(nodes, { x: 225, y: 40 })).toBeNull();
  });

  it('finds the drop target under the pointer, never the dragged card', () => {
    expect(dropTargetAt(nodes, { x: 300, y: 40 }, 'a')).toBe('b');
    expect(dropTargetAt(nodes, { x: 300, y: 40 }, 'b')).toBeNull();
    expect(dropTargetAt(nodes, { x: 230, y: 40 }, 'a')).toBeNull();
  });

  it('selects the cards a rubber band touches, in either drag direction', () => {
    expect(cardsInRect(nodes, rectFromPoints({ x: 460, y: 240 }, { x: 190, y: 60 }))).toEqual([
      'a',
      'b',
      'c',
    ]);
    expect(cardsInRect(nodes, rectFromPoints({ x: 240, y: 100 }, { x: 460, y: 300 }))).toEqual(['c']);
  });

  it('toggles a card in the selection for shift-click', () => {
    expect(toggleInSelection(['a', 'b'], 'b')).toEqual(['a']);
    expect(toggleInSelection(['a'], 'c')).toEqual(['a', 'c']);
  });

  it('hits a collapse badge that sticks out below its card', () => {
    const card: SceneCard = {
      roleId: 'a',
      x: 0,
      y: 0,
      width: 200,
      height: 84,
      title: 'a',
      titleTruncated: false,
      unitId: null,
      unitColor: '#cbd5e1',
      primitives: [
        {
          kind: 'badge',
          x: 86,
          y: 74,
          width: 28,
          height: 20,
          text: '+3',
          fontSize: 12,
          fill: '#000',
          stroke: null,
          textFill: '#fff',
          action: { type: 'toggleCollapse', roleId: 'a' },
        },
      ],
    };
    expect(collapseBadgeAt([card], { x: 100, y: 92 })).toBe('a');
    expect(collapseBadgeAt([card], { x: 20, y: 92 })).toBeNull();
  });
});

describe('level of detail and culling', () => {
  it('draws less as the chart is zoomed out', () => {
    expect(detailFor(1)).toBe('near');
    expect(detailFor(0.4)).toBe('far');
    expect(detailFor(0.05)).toBe('min');
  });

  it('keeps the mounted window while the view stays inside it, and moves it when it leaves', () => {
    const view = { x: 0, y: 0, width: 800, height: 600 };
    const w = cullWindow(view, null);
    expect(w).toEqual({ x: -400, y: -300, width: 1600, height: 1200 });
    expect(cullWindow({ ...view, x: 300 }, w)).toBe(w);
    expect(cullWindow({ ...view, x: 500 }, w)).not.toBe(w);
    // Zoomed far out, the old window would be too small; zoomed far in, it would mount too much.
    expect(cullWindow({ x: 0, y: 0, width: 80, height: 60 }, w)).not.toBe(w);
  });
});
