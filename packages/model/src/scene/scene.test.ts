import { describe, expect, it } from 'vitest';
import { ElkLayoutEngine } from '../layout/elk.js';
import { layoutInput } from '../layout/input.js';
import { sampleDesign, testDesign } from '../layout/testDesign.js';
import { buildScene } from './build.js';
import { escapeXml, sceneToSVG } from './svg.js';
import { styleOf, textWidth, wrapText } from './text.js';
import type { TextMeasure } from './measure.js';
import type { TextPrimitive } from './types.js';

const engine = new ElkLayoutEngine();

describe('scene', () => {
  it('renders every visible role title into the SVG, escaped', async () => {
    const design = sampleDesign();
    const collapsed = new Set(['wh1']);
    const layout = await engine.layout(layoutInput(design, collapsed));
    const svg = sceneToSVG(buildScene(design, layout, { locale: 'zh', collapsed }));
    for (const role of design.roles) {
      const visible = role.reportsTo !== 'wh1';
      expect(svg.includes(`<title>${escapeXml(role.title)}</title>`), role.title).toBe(visible);
    }
    expect(svg).toContain('数据分析 &lt;Data &amp; BI&gt;');
    expect(svg).not.toContain('<Data');
    expect(svg).toContain('>+2<'); // the collapsed badge counts 打包员 and 发货员
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  });

  it('lists the units of visible roles in the legend and draws dotted lines dashed', async () => {
    const design = sampleDesign();
    const layout = await engine.layout(layoutInput(design, new Set()));
    const scene = buildScene(design, layout, { locale: 'en' });
    expect(scene.legend.map((l) => l.name)).toEqual(['总经办', '运营部', '客服部', '仓储部']);
    const dotted = scene.lines.filter((l) => l.primitive.dash !== null);
    expect(dotted.map((l) => l.id)).toEqual(['dotted:ops->wh1']);
    const card = scene.cards.find((c) => c.roleId === 'cs2')!;
    expect(card.unitColor).toBe(design.units.find((u) => u.id === card.unitId)!.color);
    expect(card.primitives.some((p) => p.kind === 'rect' && p.dash !== null)).toBe(true); // optional
    expect(card.primitives.some((p) => p.kind === 'badge' && p.text === 'Optional')).toBe(true);
  });

  it('fits long titles into the card with an ellipsis and keeps the full text', async () => {
    const long = '华东区域电商运营中心高级数据分析与商品规划经理（兼任直播运营负责人）';
    const design = testDesign([
      { id: 'a', title: long },
      {
        id: 'b',
        parent: 'a',
        title: 'A very long English title that cannot possibly fit on two lines of a card',
      },
    ]);
    const layout = await engine.layout(layoutInput(design, new Set()));
    const scene = buildScene(design, layout, { locale: 'zh' });
    for (const card of scene.cards) {
      expect(card.titleTruncated).toBe(true);
      const texts = card.primitives.filter((p): p is TextPrimitive => p.kind === 'text');
      for (const t of texts)
        expect(textWidth(t.text, t.fontSize, t.fontWeight === 'bold')).toBeLessThanOrEqual(t.maxWidth + 0.01);
      expect(texts.some((t) => t.text.endsWith('…'))).toBe(true);
    }
  });
});

describe('text fitting', () => {
  it('counts CJK characters as a full em and breaks between them', () => {
    expect(textWidth('运营', 10)).toBe(20);
    const { lines, truncated } = wrapText('一二三四五六七八九十', 50, styleOf(10), 2);
    expect(lines).toEqual(['一二三四五', '六七八九十']);
    expect(truncated).toBe(false);
  });

  it('breaks Latin text at spaces', () => {
    const { lines } = wrapText('Head of Customer Service', 100, styleOf(10), 3);
    expect(lines.every((l) => !l.startsWith(' ') && !l.endsWith(' '))).toBe(true);
    expect(lines.join(' ')).toBe('Head of Customer Service');
    expect(lines).toEqual(['Head of Customer', 'Service']);
  });
});

describe('decorations and unit boxes', () => {
  it('lays out the title, date and legend around the chart, inside the scene bounds', async () => {
    const design = sampleDesign();
    const layout = await engine.layout(layoutInput(design, new Set()));
    const plain = buildScene(design, layout, { locale: 'zh' });
    expect(plain.decorations).toEqual([]);
    expect(plain.bounds).toEqual(layout.bounds);
    const scene = buildScene(design, layout, {
      locale: 'zh',
      title: '华东 <草案>',
      date: '2026-12-02',
      legend: true,
    });
    const texts = scene.decorations.filter((p): p is TextPrimitive => p.kind === 'text').map((t) => t.text);
    expect(texts).toEqual(['华东 <草案>', '2026-12-02', '总经办', '运营部', '客服部', '仓储部']);
    const b = scene.bounds;
    for (const p of scene.decorations) {
      if (p.kind !== 'text' && p.kind !== 'rect') continue;
      expect(p.x).toBeGreaterThanOrEqual(b.x);
      expect(p.y).toBeGreaterThanOrEqual(b.y);
      expect(p.y).toBeLessThan(b.y + b.height);
    }
    const title = scene.decorations[0] as TextPrimitive;
    expect(title.y + title.fontSize).toBeLessThan(layout.bounds.y); // above the chart
    const svg = sceneToSVG(scene);
    expect(svg).toContain('华东 &lt;草案&gt;');
  });

  it('draws the unit frames and unit cards a layout placed, outer frames first', async () => {
    const design = sampleDesign();
    const layout = await engine.layout(layoutInput(design, new Set()));
    const [outer, inner] = design.units;
    const units = [
      { unitId: inner!.id, kind: 'card' as const, x: 900, y: 0, width: 200, height: 84, depth: 1 },
      { unitId: outer!.id, kind: 'frame' as const, x: -20, y: -40, width: 400, height: 300, depth: 0 },
    ];
    const unitEdges = [
      {
        id: 'unit:x',
        from: outer!.id,
        fromUnit: true,
        to: inner!.id,
        points: [
          { x: 100, y: 260 },
          { x: 1000, y: 0 },
        ],
      },
    ];
    const scene = buildScene(design, { ...layout, units, unitEdges }, { locale: 'en' });
    expect(scene.lines.find((l) => l.id === 'unit:x')?.primitive.points).toEqual(unitEdges[0]!.points);
    expect(scene.units.map((u) => [u.unitId, u.kind])).toEqual([
      [outer!.id, 'frame'],
      [inner!.id, 'card'],
    ]);
    const card = scene.units[1]!;
    const texts = card.primitives.filter((p): p is TextPrimitive => p.kind === 'text').map((t) => t.text);
    const duties = inner!.responsibilities.reduce((n, a) => n + a.items.length, 0);
    expect(texts).toEqual([inner!.name, duties === 1 ? '1 duty' : `${duties} duties`]);
    expect(scene.chartBounds.x).toBe(Math.min(-20, layout.bounds.x));
    expect(scene.chartBounds.x + scene.chartBounds.width).toBeGreaterThanOrEqual(1100);
    expect(sceneToSVG(scene)).toContain(`data-unit-id="${outer!.id}"`);
  });

  it('fits text with the measure it is given, not the estimate', async () => {
    const design = testDesign([{ id: 'a', title: 'i'.repeat(70) }]);
    const layout = await engine.layout(layoutInput(design, new Set()));
    // A font twice as wide as the estimate: the title must be cut earlier.
    const wide: TextMeasure = { width: (t, size, bold) => 2 * textWidth(t, size, bold) };
    const narrow = buildScene(design, layout, { locale: 'en' }).cards[0]!;
    const cut = buildScene(design, layout, { locale: 'en', measure: wide }).cards[0]!;
    const titleChars = (c: typeof narrow) =>
      c.primitives
        .filter((p): p is TextPrimitive => p.kind === 'text' && p.lod === 'near' && p.fontWeight === 'bold')
        .map((t) => t.text)
        .join('').length;
    expect(titleChars(cut)).toBeLessThan(titleChars(narrow));
    for (const p of cut.primitives)
      if (p.kind === 'text')
        expect(wide.width(p.text, p.fontSize, p.fontWeight === 'bold')).toBeLessThanOrEqual(
          p.maxWidth + 0.01,
        );
  });
});
