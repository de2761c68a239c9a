import type PptxGenJS from 'pptxgenjs';
import type { Design } from '@orgcanvas/model';
import { DECK_FONT } from './fonts.js';
import { CHART_AREA, MARGIN, SLIDE_W, TITLE_H } from './geometry.js';
import type { DeckStrings } from './strings.js';

/** One difference as the compare API sends it: a kebab-case kind and the role or unit it concerns. */
export interface CompareDiffEntry {
  readonly kind: string;
  readonly roleId?: string;
  readonly unitId?: string;
  readonly noteId?: string;
}

/** What `compare(a, b)` returns, as far as the slide reads it. */
export interface CompareInput {
  readonly diff: readonly CompareDiffEntry[];
  /** Each an object of named numbers (or of objects with a `total`, such as `cost`). */
  readonly metrics: { readonly a: object; readonly b: object; readonly delta?: object };
}

/** A metric's number: a plain number, or the `total` of an object such as `cost`. */
function value(v: unknown): number | null {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (v && typeof v === 'object' && 'total' in v) return value((v as { total: unknown }).total);
  return null;
}

const fmt = (n: number | null, signed = false): string =>
  n === null
    ? '—'
    : `${signed && n > 0 ? '+' : ''}${Math.round(n * 100) / 100}`.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** The metrics rows, in a fixed order: the numbers leadership compares, each with its label. */
export function metricRows(input: CompareInput, strings: DeckStrings): [string, string, string, string][] {
  const known = Object.keys(strings.metrics);
  const ma = input.metrics.a as Readonly<Record<string, unknown>>;
  const mb = input.metrics.b as Readonly<Record<string, unknown>>;
  const md = input.metrics.delta as Readonly<Record<string, unknown>> | undefined;
  const rows: [string, string, string, string][] = [];
  for (const key of known) {
    const a = value(ma[key]);
    const b = value(mb[key]);
    if (a === null && b === null) continue;
    const given = md ? value(md[key]) : null;
    const delta = given ?? (a !== null && b !== null ? b - a : null);
    rows.push([strings.metrics[key] ?? key, fmt(a), fmt(b), fmt(delta, true)]);
  }
  return rows;
}

/** One line per difference: what changed, and the role or unit by its name in either scenario. */
export function diffLines(input: CompareInput, a: Design, b: Design, strings: DeckStrings): string[] {
  const name = (entry: CompareDiffEntry): string => {
    if (entry.roleId)
      return (
        (b.roles.find((r) => r.id === entry.roleId) ?? a.roles.find((r) => r.id === entry.roleId))?.title ??
        entry.roleId
      );
    if (entry.unitId)
      return (
        (b.units.find((u) => u.id === entry.unitId) ?? a.units.find((u) => u.id === entry.unitId))?.name ??
        entry.unitId
      );
    return '';
  };
  return input.diff.map((entry) => `${strings.kinds[entry.kind] ?? entry.kind}: ${name(entry)}`);
}

const MAX_DIFF_LINES = 18;

export function drawComparison(
  slide: PptxGenJS.Slide,
  input: CompareInput,
  a: { name: string; design: Design },
  b: { name: string; design: Design },
  strings: DeckStrings,
): void {
  slide.addText(strings.comparison(a.name, b.name), {
    x: MARGIN,
    y: MARGIN,
    w: SLIDE_W - 2 * MARGIN,
    h: TITLE_H,
    fontSize: 24,
    bold: true,
    color: '0F172A',
    fontFace: DECK_FONT,
  });
  const half = (CHART_AREA.width - 0.3) / 2;
  const cell = { fontFace: DECK_FONT, fontSize: 12, color: '0F172A' };
  const head = { ...cell, bold: true, fill: { color: 'E2E8F0' } };
  const rows = metricRows(input, strings).map((r) => r.map((text) => ({ text, options: cell })));
  slide.addTable(
    [[strings.metric, a.name, b.name, strings.delta].map((text) => ({ text, options: head })), ...rows],
    {
      x: CHART_AREA.x,
      y: CHART_AREA.y,
      w: half,
      colW: [half * 0.4, half * 0.2, half * 0.2, half * 0.2],
      border: { type: 'solid', pt: 0.5, color: 'CBD5E1' },
      fontFace: DECK_FONT,
    },
  );
  const lines = diffLines(input, a.design, b.design, strings);
  const shown = lines.slice(0, MAX_DIFF_LINES);
  if (lines.length > shown.length) shown.push(strings.more(lines.length - shown.length));
  const body = shown.length > 0 ? shown : [strings.noChanges];
  slide.addText(
    [
      { text: strings.changes, options: { bold: true, fontSize: 14, fontFace: DECK_FONT, breakLine: true } },
      ...body.map((text) => ({
        text,
        options: { fontSize: 11, fontFace: DECK_FONT, breakLine: true, bullet: true },
      })),
    ],
    {
      x: CHART_AREA.x + half + 0.3,
      y: CHART_AREA.y,
      w: half,
      h: CHART_AREA.height,
      valign: 'top',
      color: '334155',
      fontFace: DECK_FONT,
    },
  );
  slide.addNotes(lines.join('\n'));
}
