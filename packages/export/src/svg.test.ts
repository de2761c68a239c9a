import { describe, expect, it } from 'vitest';
import type { Design, TextPrimitive } from '@orgcanvas/model';
import { exportScene, exportSVG, sceneSVG } from './index.js';
import { renderScene } from './png.js';
import { largestTemplates, parseXml, unescapeXml } from './testkit.js';

const HOSTILE = '<script>alert(1)</script> & Co';

function hostileDesign(): Design {
  const [t] = largestTemplates(1);
  const design = t!.design;
  return {
    ...design,
    name: `${design.name} "draft" <b>`,
    roles: design.roles.map((r, i) => (i === 1 ? { ...r, title: HOSTILE } : r)),
  };
}

describe('SVG export', () => {
  it('is valid standalone XML with every role title drawn as real text', async () => {
    for (const t of largestTemplates(2)) {
      const scene = await exportScene(t.design);
      const svg = await sceneSVG(scene);
      expect(() => parseXml(svg), t.id).not.toThrow();
      const texts = [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => unescapeXml(m[1]!));
      for (const card of scene.cards) {
        const role = t.design.roles.find((r) => r.id === card.roleId)!;
        const title = card.primitives
          .filter((p): p is TextPrimitive => p.kind === 'text' && p.lod === 'near' && p.fontWeight === 'bold')
          .map((p) => p.text);
        expect(
          title.every((line) => texts.includes(line)),
          role.title,
        ).toBe(true);
        if (!card.titleTruncated)
          expect(title.join('').replace(/\s/g, '')).toBe(role.title.replace(/\s/g, ''));
        expect(svg).toContain(
          `<title>${role.title.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</title>`,
        );
      }
      expect(scene.cards.length).toBe(t.design.roles.length);
    }
  });

  it('escapes hostile titles and names into inert text', async () => {
    const svg = await exportSVG(hostileDesign(), { embedFont: false });
    expect(() => parseXml(svg)).not.toThrow();
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('<title>&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co</title>');
    expect(svg).toContain('&quot;draft&quot; &lt;b&gt;');
  });

  it('has a viewBox that holds every card, the title and the legend', async () => {
    const [t] = largestTemplates(1);
    const scene = await exportScene(t!.design, { date: '2026-12-02' });
    const svg = await sceneSVG(scene, false);
    const [x, y, w, h] = /viewBox="([^"]+)"/.exec(svg)![1]!.split(' ').map(Number) as [
      number,
      number,
      number,
      number,
    ];
    for (const c of scene.cards) {
      expect(c.x).toBeGreaterThanOrEqual(x);
      expect(c.y).toBeGreaterThanOrEqual(y);
      expect(c.x + c.width).toBeLessThanOrEqual(x + w);
      expect(c.y + c.height).toBeLessThanOrEqual(y + h);
    }
    for (const p of scene.decorations)
      if (p.kind === 'text') expect(p.y + p.fontSize).toBeLessThanOrEqual(y + h);
    expect(svg).toContain('>2026-12-02</text>');
    expect(svg).toContain(`>${t!.design.name}</text>`);
  });

  it('embeds a WOFF2 subset of only the glyphs used, under 300 KB, unless told not to', async () => {
    for (const t of largestTemplates(3)) {
      const svg = await exportSVG(t.design);
      const fonts = [...svg.matchAll(/base64,([A-Za-z0-9+/=]+)\)/g)].map((m) => Buffer.from(m[1]!, 'base64'));
      expect(fonts.length, t.id).toBeGreaterThan(0);
      for (const f of fonts) expect(f.subarray(0, 4).toString('latin1')).toBe('wOF2');
      const bytes = fonts.reduce((n, f) => n + f.length, 0);
      expect(bytes, t.id).toBeLessThan(300 * 1024);
      // Every character drawn is in some face's unicode-range.
      const ranges = new Set([...svg.matchAll(/U\+([0-9a-f]+)/g)].map((m) => parseInt(m[1]!, 16)));
      const drawn = [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].flatMap((m) => [...unescapeXml(m[1]!)]);
      for (const ch of drawn) if (ch !== ' ') expect(ranges.has(ch.codePointAt(0)!), ch).toBe(true);
    }
    const [t] = largestTemplates(1);
    expect(await exportSVG(t!.design, { embedFont: false })).not.toContain('@font-face');
  });

  it('draws in resvg with the embedded glyphs and no system font', async () => {
    const [t] = largestTemplates(1);
    const scene = await exportScene(t!.design);
    const image = await renderScene(scene, 1);
    expect(image.width).toBe(Math.ceil(scene.bounds.width + 48));
    // The title is drawn in #0f172a: dark pixels exist only if its glyphs were found and drawn.
    const titleOnly = await renderScene(
      { ...scene, cards: [], lines: [], units: [], decorations: scene.decorations.slice(0, 1) },
      1,
    );
    let dark = 0;
    const px = titleOnly.pixels;
    for (let i = 0; i < px.length; i += 4) if (px[i]! < 80 && px[i + 1]! < 80 && px[i + 2]! < 100) dark++;
    expect(dark).toBeGreaterThan(200);
    expect(image.asPng().subarray(1, 4).toString('latin1')).toBe('PNG');
  });
});
