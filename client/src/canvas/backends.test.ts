// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { ElkLayoutEngine, baselineOffset, buildScene, layoutInput, sceneToSVG } from '@orgcanvas/model';
import { TEMPLATES, templateDesign } from '@orgcanvas/templates';
import { sceneShapes, type ShapeSpec } from './shapes.js';

const round = (n: number) => Math.round(n * 100) / 100;

/** Every rect, text and polyline of an SVG document, in document order, in document coordinates. */
function svgShapes(svg: string): { kind: string; key: string }[] {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const out: { kind: string; key: string }[] = [];
  const walk = (el: Element, dx: number, dy: number) => {
    const t = /translate\(([-\d.]+) ([-\d.]+)\)/.exec(el.getAttribute('transform') ?? '');
    const x0 = dx + (t ? Number(t[1]) : 0);
    const y0 = dy + (t ? Number(t[2]) : 0);
    const n = (name: string) => Number(el.getAttribute(name));
    if (el.tagName === 'rect')
      out.push({
        kind: 'rect',
        key: [round(n('x') + x0), round(n('y') + y0), n('width'), n('height'), el.getAttribute('fill')].join(
          ' ',
        ),
      });
    if (el.tagName === 'polyline') {
      const pts = (el.getAttribute('points') ?? '').split(' ').map((p) =>
        p
          .split(',')
          .map((v, i) => round(Number(v) + (i === 0 ? x0 : y0)))
          .join(','),
      );
      out.push({ kind: 'line', key: `${pts.join(' ')} ${el.getAttribute('stroke')}` });
    }
    if (el.tagName === 'text') {
      // Left-aligned text is placed by its line box on the canvas and by its baseline in SVG.
      const at =
        el.getAttribute('text-anchor') === 'start'
          ? ` @${round(n('x') + x0)},${round(n('y') + y0 - baselineOffset(n('font-size')))}`
          : '';
      out.push({ kind: 'text', key: `${el.textContent} ${n('font-size')} ${el.getAttribute('fill')}${at}` });
    }
    for (const child of el.children) walk(child, x0, y0);
  };
  walk(doc.documentElement, 0, 0);
  return out;
}

function konvaKey(s: ShapeSpec): { kind: string; key: string } {
  switch (s.type) {
    case 'rect':
      return {
        kind: 'rect',
        key: [round(s.x), round(s.y), round(s.width), round(s.height), s.fill ?? 'none'].join(' '),
      };
    case 'line': {
      const pts: string[] = [];
      for (let i = 0; i < s.points.length; i += 2)
        pts.push(`${round(s.points[i]!)},${round(s.points[i + 1]!)}`);
      return { kind: 'line', key: `${pts.join(' ')} ${s.stroke}` };
    }
    case 'text': {
      const at = s.align === 'left' ? ` @${round(s.x)},${round(s.y)}` : '';
      return { kind: 'text', key: `${s.text} ${s.fontSize} ${s.fill}${at}` };
    }
  }
}

describe('one drawing path', () => {
  it('draws the same rectangles, lines and texts on the Konva canvas as in the SVG, for every template with roles', async () => {
    const engine = new ElkLayoutEngine();
    let checked = 0;
    for (const template of TEMPLATES) {
      const design = templateDesign(template);
      if (design.roles.length === 0) continue;
      const layout = await engine.layout(layoutInput(design, new Set()));
      const scene = buildScene(design, layout, { locale: 'zh', title: design.name, legend: true });
      const konva = sceneShapes(scene, 'near').map(konvaKey);
      // The SVG's first rect is its background, which the canvas paints with CSS instead.
      const svg = svgShapes(sceneToSVG(scene)).slice(1);
      expect(svg, template.id).toEqual(konva);
      checked++;
    }
    expect(checked).toBeGreaterThan(5);
  });
});
