import { describe, expect, it } from 'vitest';
import { ElkLayoutEngine } from '../layout/elk.js';
import { layoutInput } from '../layout/input.js';
import { sampleDesign, testDesign } from '../layout/testDesign.js';
import { buildScene } from './build.js';
import { escapeXml, sceneToSVG } from './svg.js';
import { textWidth, wrapText } from './text.js';
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
    const { lines, truncated } = wrapText('一二三四五六七八九十', 50, 10, 2);
    expect(lines).toEqual(['一二三四五', '六七八九十']);
    expect(truncated).toBe(false);
  });

  it('breaks Latin text at spaces', () => {
    const { lines } = wrapText('Head of Customer Service', 100, 10, 3);
    expect(lines.every((l) => !l.startsWith(' ') && !l.endsWith(' '))).toBe(true);
    expect(lines.join(' ')).toBe('Head of Customer Service');
    expect(lines).toEqual(['Head of Customer', 'Service']);
  });
});
