import PptxGenJS from 'pptxgenjs';
import type { Design, SceneLocale } from '@orgcanvas/model';
import { sceneOf } from '../scene.js';
import { drawChart, type ConnectorSpec } from './chart.js';
import { drawComparison, type CompareInput } from './compare.js';
import { DECK_FONT } from './fonts.js';
import { MARGIN, SLIDE_W, TITLE_H } from './geometry.js';
import { glueConnectors } from './glue.js';
import { speakerNotes } from './notes.js';
import { planCharts, type ChartSlide } from './plan.js';
import { DECK_STRINGS } from './strings.js';

export interface DeckScenario {
  readonly name: string;
  readonly design: Design;
}

export interface DeckComparison {
  readonly a: number;
  readonly b: number;
  readonly result: CompareInput;
}

export interface PptxOptions {
  readonly locale?: SceneLocale;
  /** Shown under each slide title, as given. */
  readonly date?: string | null;
  /**
   * Comparison slides, each of two of the scenarios (indexes into the list) with their compare result,
   * in this order after the charts (a board deck compares each alternative with today's org).
   */
  readonly comparisons?: readonly DeckComparison[];
  /** Called as slides are drawn: a long export can show how far it is. */
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * An editable deck: per scenario a section of chart slides (split into an overview and parts when
 * one slide would not be readable), roles as native rounded rectangles glued by connectors, the
 * roles' duties in the speaker notes, and optionally comparison slides.
 */
export async function exportPPTX(
  scenarios: readonly DeckScenario[],
  options: PptxOptions = {},
): Promise<Buffer> {
  if (scenarios.length === 0) throw new Error('a deck needs at least one scenario');
  const locale = options.locale ?? 'zh';
  const strings = DECK_STRINGS[locale];
  const plans: ChartSlide[][] = [];
  for (const s of scenarios) plans.push(await planCharts(s.design, s.name, strings.part));

  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = scenarios.map((s) => s.name).join(' · ');
  pptx.theme = { headFontFace: DECK_FONT, bodyFontFace: DECK_FONT };
  const connectors = new Map<number, readonly ConnectorSpec[]>();
  const comparisons = options.comparisons ?? [];
  for (const { a, b } of comparisons)
    if (!scenarios[a] || !scenarios[b])
      throw new Error('a comparison names a scenario the deck does not have');
  const total = plans.reduce((n, p) => n + p.length, 0) + comparisons.length;
  let slideNo = 0;
  for (const [i, scenario] of scenarios.entries()) {
    pptx.addSection({ title: scenario.name });
    const first = slideNo + 1;
    for (const chart of plans[i]!) {
      const slide = pptx.addSlide({ sectionTitle: scenario.name });
      slideNo++;
      heading(slide, chart.title, options.date ?? null);
      const scene = sceneOf(chart.design, chart.layout, {
        locale,
        collapsed: chart.collapsed,
        title: null,
        legend: false,
      });
      const links = new Map([...chart.links].map(([roleId, index]) => [roleId, first + index]));
      const drawn = drawChart(slide, scene, links);
      connectors.set(slideNo, drawn.connectors);
      if (links.size > 0) hint(slide, strings.linkHint);
      slide.addNotes(
        speakerNotes(
          chart.design,
          scene.cards.map((c) => c.roleId),
          strings,
        ),
      );
      options.onProgress?.(slideNo, total);
    }
  }
  for (const { a, b, result } of comparisons) {
    const sa = scenarios[a]!;
    const sb = scenarios[b]!;
    pptx.addSection({ title: strings.comparison(sa.name, sb.name) });
    const slide = pptx.addSlide({ sectionTitle: strings.comparison(sa.name, sb.name) });
    drawComparison(slide, result, sa, sb, strings);
    options.onProgress?.(++slideNo, total);
  }
  const raw = (await pptx.write({ outputType: 'nodebuffer' })) as Buffer;
  return glueConnectors(raw, connectors);
}

function heading(slide: PptxGenJS.Slide, title: string, date: string | null): void {
  slide.addText(
    [
      {
        text: title,
        options: { fontSize: 24, bold: true, color: '0F172A', fontFace: DECK_FONT, breakLine: date !== null },
      },
      ...(date !== null
        ? [{ text: date, options: { fontSize: 11, color: '475569', fontFace: DECK_FONT } }]
        : []),
    ],
    {
      x: MARGIN,
      y: MARGIN,
      w: SLIDE_W - 2 * MARGIN,
      h: TITLE_H,
      valign: 'top',
      fontFace: DECK_FONT,
      margin: 0,
    },
  );
}

function hint(slide: PptxGenJS.Slide, text: string): void {
  slide.addText(text, {
    x: SLIDE_W - MARGIN - 4,
    y: MARGIN,
    w: 4,
    h: 0.3,
    align: 'right',
    fontSize: 10,
    color: '64748B',
    fontFace: DECK_FONT,
  });
}
