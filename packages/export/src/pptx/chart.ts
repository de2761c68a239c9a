import type PptxGenJS from 'pptxgenjs';
import type { Scene, SceneCard, TextPrimitive } from '@orgcanvas/model';
import { DECK_FONT, FONT_SLACK } from './fonts.js';
import { placer } from './geometry.js';

/** A connector to glue once the package is written: shape names on one slide, and its look. */
export interface ConnectorSpec {
  readonly from: string;
  readonly to: string;
  readonly color: string;
  readonly widthPt: number;
  readonly dashed: boolean;
}

const hex = (c: string): string => c.replace('#', '').slice(0, 6).toUpperCase();

/** The shape name a card gets, so the package's post-processing can find its id. */
export const cardShapeName = (i: number): string => `oc-role-${i}`;
export const unitShapeName = (i: number): string => `oc-unit-${i}`;

/**
 * Draws a scene's cards as native rounded rectangles, each with its text as runs, scaled to fit the
 * slide. Returns the connectors to glue between them and each role's shape name.
 */
export function drawChart(
  slide: PptxGenJS.Slide,
  scene: Scene,
  links: ReadonlyMap<string, number>,
): { connectors: ConnectorSpec[]; shapes: Map<string, string> } {
  const at = placer(scene.bounds);
  const pt = (units: number) => units * at.scale * 72;
  const shapes = new Map<string, string>();
  scene.units.forEach((unit, i) => {
    const texts = unit.primitives.filter((p): p is TextPrimitive => p.kind === 'text');
    // A unit card is the end of the lines to it, so it is named for the connectors to be glued to it.
    const name = unit.kind === 'card' ? unitShapeName(i) : undefined;
    if (name) shapes.set(unitKey(unit.unitId), name);
    slide.addText(
      texts.map((t) => textRun(t, pt)),
      {
        shape: 'roundRect',
        ...(name ? { objectName: name } : {}),
        x: at.x(unit.x),
        y: at.y(unit.y),
        w: unit.width * at.scale,
        h: unit.height * at.scale,
        rectRadius: (unit.kind === 'frame' ? 12 : 8) * at.scale,
        fill: {
          color: unit.kind === 'frame' ? hex(unit.color) : 'FFFFFF',
          transparency: unit.kind === 'frame' ? 92 : 0,
        },
        line: { color: hex(unit.color), width: 1 },
        margin: [pt(10), pt(10), pt(4), pt(6)],
        valign: 'top',
        align: 'left',
        fontFace: DECK_FONT,
      },
    );
  });
  scene.cards.forEach((card, i) => {
    const name = cardShapeName(i);
    shapes.set(card.roleId, name);
    const frame = card.primitives[0];
    const optional = frame?.kind === 'rect' && frame.dash !== null;
    const link = links.get(card.roleId);
    // pptxgenjs writes the relationship of a slide link only for links on runs, so every run links.
    const runs = runsOf(card, pt).map((r) =>
      link === undefined
        ? r
        : { ...r, options: { ...r.options, hyperlink: { slide: link, tooltip: card.title } } },
    );
    slide.addText(runs, {
      shape: 'roundRect',
      objectName: name,
      x: at.x(card.x),
      y: at.y(card.y),
      w: card.width * at.scale,
      h: card.height * at.scale,
      rectRadius: 8 * at.scale,
      fill: { color: 'FFFFFF' },
      line: {
        color: hex(card.unitColor),
        width: optional ? 1 : 1.5,
        ...(optional ? { dashType: 'dash' } : {}),
      },
      margin: [pt(18), pt(10), pt(4), pt(8)],
      valign: 'top',
      align: 'left',
      fontFace: DECK_FONT,
    });
  });
  const connectors: ConnectorSpec[] = [];
  for (const line of scene.lines) {
    // A line ends at a role's box, or (a line to a unit card) at a unit's card.
    const from = shapes.get(line.from) ?? shapes.get(unitKey(line.from));
    const to = shapes.get(line.to) ?? shapes.get(unitKey(line.to));
    if (!from || !to) continue;
    connectors.push({
      from,
      to,
      color: hex(line.primitive.stroke),
      widthPt: Math.max(0.75, pt(line.primitive.strokeWidth)),
      dashed: line.primitive.dash !== null,
    });
  }
  return { connectors, shapes };
}

/** The card's near-detail text, one paragraph per fitted line, as the scene cut it. */
function runsOf(card: SceneCard, pt: (units: number) => number): PptxGenJS.TextProps[] {
  const texts = card.primitives.filter((p): p is TextPrimitive => p.kind === 'text' && p.lod !== 'far');
  const runs = texts.map((t) => textRun(t, pt));
  // Markers and the folded-reports count go at the end of the last line, as on the card's bottom row.
  const badges = card.primitives.filter((p) => p.kind === 'badge' && p.lod !== 'far');
  const last = runs[runs.length - 1];
  if (last && badges.length > 0)
    runs[runs.length - 1] = { ...last, options: { ...last.options, breakLine: false } };
  for (const p of badges) {
    if (p.kind !== 'badge') continue;
    runs.push({
      text: `  ${p.text}`,
      options: {
        fontSize: round(pt(p.fontSize) * FONT_SLACK),
        bold: p.action !== null,
        color: hex(p.action !== null ? p.fill : p.textFill),
        fontFace: DECK_FONT,
      },
    });
  }
  return runs;
}

function textRun(t: TextPrimitive, pt: (units: number) => number): PptxGenJS.TextProps {
  return {
    text: t.text,
    options: {
      bold: t.fontWeight === 'bold',
      fontSize: round(pt(t.fontSize) * FONT_SLACK),
      color: hex(t.fill),
      fontFace: DECK_FONT,
      breakLine: true,
      paraSpaceBefore: 0,
      paraSpaceAfter: round(pt(t.fontWeight === 'bold' ? 3 : 2)),
    },
  };
}

const unitKey = (unitId: string): string => `unit:${unitId}`;

const round = (n: number): number => Math.round(n * 10) / 10;
