import { describe, expect, it } from 'vitest';
import { compare, generateOrg, type Design } from '@orgcanvas/model';
import { exportPPTX } from './index.js';
import { largestTemplates, parseXml, slidesOf, slideTexts } from './testkit.js';

/** Each named role shape of a slide: its id, its paragraphs' text and its geometry. */
function roleShapes(xml: string): Map<number, { name: string; texts: string[]; geometry: string }> {
  const out = new Map<number, { name: string; texts: string[]; geometry: string }>();
  for (const sp of xml.matchAll(/<p:sp>.*?<\/p:sp>/gs)) {
    const head = /<p:cNvPr id="(\d+)" name="(oc-role-\d+)"/.exec(sp[0]);
    if (!head) continue;
    out.set(Number(head[1]), {
      name: head[2]!,
      texts: slideTexts(sp[0]),
      geometry: /<a:prstGeom prst="(\w+)"/.exec(sp[0])![1]!,
    });
  }
  return out;
}

/** The role whose title a shape starts with (titles can wrap over two runs or end in "…"). */
function roleOf(design: Design, texts: readonly string[]): string {
  const shown = texts.join('');
  const hits = design.roles.filter(
    (r) =>
      shown.startsWith(r.title) || (shown.includes('…') && r.title.startsWith(texts[0]!.replace('…', ''))),
  );
  expect(hits.length, shown).toBeGreaterThan(0);
  return hits.sort((a, b) => b.title.length - a.title.length)[0]!.id;
}

describe('PPTX export', () => {
  it('draws each role as a rounded rectangle and glues each reporting line to the right two boxes', async () => {
    const templates = largestTemplates(3);
    const deck = await exportPPTX(templates.map((t) => ({ name: t.name, design: t.design })));
    const { slides } = await slidesOf(deck);
    let drawnLines = 0;
    for (const [number, xml] of slides) {
      expect(() => parseXml(xml), `slide ${number}`).not.toThrow();
      const scenario = templates.find((t) => slideTexts(xml).some((s) => s.startsWith(t.name)));
      const shapes = roleShapes(xml);
      if (!scenario || shapes.size === 0) continue;
      for (const s of shapes.values()) expect(s.geometry).toBe('roundRect');
      const roleByShape = new Map([...shapes].map(([id, s]) => [id, roleOf(scenario.design, s.texts)]));
      const connectors = [...xml.matchAll(/<p:cxnSp>.*?<\/p:cxnSp>/gs)].map((m) => m[0]);
      for (const c of connectors) {
        const from = Number(/<a:stCxn id="(\d+)" idx="2"\/>/.exec(c)![1]);
        const to = Number(/<a:endCxn id="(\d+)" idx="0"\/>/.exec(c)![1]);
        const manager = roleByShape.get(from);
        const report = scenario.design.roles.find((r) => r.id === roleByShape.get(to));
        expect(manager, `slide ${number}: connector starts at a role box`).toBeDefined();
        expect(
          report?.reportsTo === manager || report?.dottedLines.includes(manager!),
          `slide ${number}`,
        ).toBe(true);
      }
      // Every reporting line between two boxes of this slide is one connector.
      const onSlide = new Set(roleByShape.values());
      const expected = scenario.design.roles.filter(
        (r) => onSlide.has(r.id) && r.reportsTo !== null && onSlide.has(r.reportsTo),
      ).length;
      const solid = connectors.filter((c) => !c.includes('prstDash')).length;
      expect(solid, `slide ${number}`).toBe(expected);
      drawnLines += connectors.length;
    }
    expect(drawnLines).toBeGreaterThan(0);
  });

  it('holds every role title, and the full title and duties in the speaker notes', async () => {
    const [t] = largestTemplates(1);
    const { zip, slides } = await slidesOf(await exportPPTX([{ name: t!.name, design: t!.design }]));
    const allText = [...slides.values()].flatMap(slideTexts).join('\n');
    const notes = (
      await Promise.all(
        Object.keys(zip.files)
          .filter((p) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(p))
          .map((p) => zip.file(p)!.async('string')),
      )
    )
      .flatMap(slideTexts)
      .join('\n');
    for (const role of t!.design.roles) {
      expect(
        allText.includes(role.title) || allText.includes([...role.title].slice(0, 4).join('')),
        role.title,
      ).toBe(true);
      expect(notes, role.title).toContain(role.title);
      for (const area of role.responsibilities)
        for (const item of area.items) expect(notes).toContain(item.text.trim().slice(0, 20));
    }
  });

  it('names an East Asian typeface on every run', async () => {
    const [t] = largestTemplates(1);
    const { slides } = await slidesOf(await exportPPTX([{ name: t!.name, design: t!.design }]));
    let runs = 0;
    for (const xml of slides.values()) {
      for (const run of xml.matchAll(/<a:r>(.*?)<\/a:r>/gs)) {
        runs++;
        expect(run[1]).toMatch(/<a:ea typeface="[^"+][^"]*"/);
      }
    }
    expect(runs).toBeGreaterThan(t!.design.roles.length);
  });

  it('splits a design too big for one readable slide into an overview whose boxes link to its parts', async () => {
    const design = generateOrg({ roles: 120, seed: 12, minSpan: 3, maxSpan: 6, maxDepth: 4 });
    const { zip, slides } = await slidesOf(await exportPPTX([{ name: 'Large', design }], { locale: 'en' }));
    expect(slides.size).toBeGreaterThan(2);
    const overview = slides.get(1)!;
    const rels = await zip.file('ppt/slides/_rels/slide1.xml.rels')!.async('string');
    const links = [
      ...overview.matchAll(/<a:hlinkClick r:id="(rId\d+)"[^>]*action="ppaction:\/\/hlinksldjump"/g),
    ].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(0);
    for (const rid of links) {
      const target =
        new RegExp(`Id="${rid}"[^>]*Target="[^"]*slide(\\d+)\\.xml"`).exec(rels) ??
        new RegExp(`Target="[^"]*slide(\\d+)\\.xml"[^>]*Id="${rid}"`).exec(rels);
      expect(target, rid).not.toBeNull();
      const linked = slides.get(Number(target![1]));
      expect(linked).toBeDefined();
      expect(slideTexts(linked!)[0]).toMatch(/^Reporting to /);
    }
    // Every role is drawn somewhere, and no slide's text is smaller than 8 pt.
    const all = [...slides.values()].flatMap(slideTexts).join('\n');
    for (const role of design.roles) expect(all).toContain([...role.title].slice(0, 3).join(''));
    for (const xml of slides.values())
      for (const m of xml.matchAll(/ sz="(\d+)"/g)) expect(Number(m[1])).toBeGreaterThanOrEqual(800);
  });

  it('glues the lines to a unit card (a department without roles) to that card', async () => {
    const design = generateOrg({ roles: 6, seed: 2, minSpan: 5, maxSpan: 5 });
    const parent = design.roles.find((r) => r.reportsTo === null)!.unitId!;
    const withSub: Design = {
      ...design,
      units: [
        ...design.units,
        { ...design.units.find((u) => u.id === parent)!, id: 'u-sub', name: '直播小组', parentId: parent },
      ],
    };
    const { slides } = await slidesOf(await exportPPTX([{ name: '子部门', design: withSub }]));
    const xml = slides.get(1)!;
    const unitCard = /<p:cNvPr id="(\d+)" name="oc-unit-\d+"/.exec(xml);
    expect(unitCard, 'the unit card is a named shape').not.toBeNull();
    const sp = [...xml.matchAll(/<p:sp>.*?<\/p:sp>/gs)].find((m) =>
      m[0].includes(`id="${unitCard![1]}"`),
    )![0];
    expect(slideTexts(sp).join('')).toContain('直播小组');
    const ends = [...xml.matchAll(/<a:endCxn id="(\d+)"/g)].map((m) => m[1]);
    expect(ends).toContain(unitCard![1]);
  });

  it('puts each scenario in its own section and adds a comparison slide per pair, with metrics and differences', async () => {
    const [t] = largestTemplates(1);
    const a = t!.design;
    const moved = a.roles[a.roles.length - 1]!;
    const b: Design = { ...a, roles: a.roles.filter((r) => r.id !== moved.id) };
    const c: Design = { ...a, roles: a.roles.map((r, i) => (i === 0 ? { ...r, title: '总经理（新）' } : r)) };
    const result = compare(a, b);
    const deck = await exportPPTX(
      [
        { name: '方案 A', design: a },
        { name: '方案 B', design: b },
        { name: '方案 C', design: c },
      ],
      {
        comparisons: [
          { a: 0, b: 1, result },
          { a: 0, b: 2, result: compare(a, c) },
        ],
      },
    );
    const { zip, slides } = await slidesOf(deck);
    const presentation = await zip.file('ppt/presentation.xml')!.async('string');
    for (const name of [
      '方案 A',
      '方案 B',
      '方案 C',
      '方案对比：方案 A 与 方案 B',
      '方案对比：方案 A 与 方案 C',
    ])
      expect(presentation).toContain(`<p14:section name="${name}"`);
    const againstC = slideTexts(slides.get(slides.size)!);
    expect(againstC[0]).toBe('方案对比：方案 A 与 方案 C');
    expect(againstC.join('\n')).toContain('总经理（新）');
    const last = slides.get(slides.size - 1)!;
    expect(() => parseXml(last)).not.toThrow();
    const texts = slideTexts(last);
    expect(texts[0]).toBe('方案对比：方案 A 与 方案 B');
    const [ma, mb] = [result.metrics.a, result.metrics.b];
    expect(mb.roles).toBe(ma.roles - 1);
    for (const cell of [
      '编制人数',
      '岗位数',
      String(ma.roles),
      String(mb.roles),
      '-1',
      '层级',
      String(ma.layers),
    ])
      expect(texts).toContain(cell);
    expect(texts).toContain(`撤销: ${moved.title}`);
    const ids = [...last.matchAll(/<p:cNvPr id="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
