import JSZip from 'jszip';
import type { ConnectorSpec } from './chart.js';

/** Connectors per slide number (1-based), as the deck drew them. */
export type SlideConnectors = ReadonlyMap<number, readonly ConnectorSpec[]>;

interface ShapeBox {
  readonly id: number;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/**
 * pptxgenjs writes no connectors, only loose lines. This adds real ones (`p:cxnSp`) whose ends are
 * glued to the role boxes (`a:stCxn` to the manager's bottom site, `a:endCxn` to the report's top
 * site), so a box moved in PowerPoint, WPS or Keynote drags its lines along. It also gives tables
 * ids of their own: pptxgenjs numbers them in a way that can collide with shape ids.
 */
export async function glueConnectors(pptx: Buffer, connectors: SlideConnectors): Promise<Buffer> {
  const zip = await JSZip.loadAsync(pptx);
  for (const path of Object.keys(zip.files)) {
    const match = /^ppt\/slides\/slide(\d+)\.xml$/.exec(path);
    if (!match) continue;
    const file = zip.file(path)!;
    let xml = await file.async('string');
    const boxes = shapeBoxes(xml);
    let nextId = Math.max(1, ...[...boxes.values()].map((b) => b.id), ...allIds(xml)) + 1;
    xml = xml.replace(/<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="\d+"/g, () => {
      return `<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="${nextId++}"`;
    });
    const specs = connectors.get(Number(match[1])) ?? [];
    const parts: string[] = [];
    for (const spec of specs) {
      const from = boxes.get(spec.from);
      const to = boxes.get(spec.to);
      if (!from || !to)
        throw new Error(`slide ${match[1]}: no shape ${from ? spec.to : spec.from} to glue a connector to`);
      parts.push(connectorXml(nextId++, spec, from, to));
    }
    if (parts.length > 0) {
      // Connectors first in the shape tree, so they are drawn beneath the boxes they join.
      xml = xml.replace(/(<p:grpSpPr>.*?<\/p:grpSpPr>)/s, `$1${parts.join('')}`);
    }
    zip.file(path, xml);
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

function allIds(xml: string): number[] {
  return [...xml.matchAll(/<p:cNvPr id="(\d+)"/g)].map((m) => Number(m[1]));
}

/** Every named shape's id and box, read from the slide XML pptxgenjs wrote. */
function shapeBoxes(xml: string): Map<string, ShapeBox> {
  const out = new Map<string, ShapeBox>();
  for (const sp of xml.matchAll(/<p:sp>.*?<\/p:sp>/gs)) {
    const head = /<p:cNvPr id="(\d+)" name="([^"]*)"/.exec(sp[0]);
    const off = /<a:off x="(-?\d+)" y="(-?\d+)"\/>/.exec(sp[0]);
    const ext = /<a:ext cx="(\d+)" cy="(\d+)"\/>/.exec(sp[0]);
    if (!head || !off || !ext) continue;
    out.set(head[2]!, {
      id: Number(head[1]),
      x: Number(off[1]),
      y: Number(off[2]),
      w: Number(ext[1]),
      h: Number(ext[2]),
    });
  }
  return out;
}

/**
 * An elbow connector from the bottom middle of `from` to the top middle of `to`. bentConnector3 runs
 * horizontal-vertical-horizontal; turned a quarter (and mirrored when the report sits to the right)
 * it runs down, across and down, as the chart's lines do. Connection sites of a rectangle: 0 top,
 * 1 left, 2 bottom, 3 right.
 */
function connectorXml(id: number, spec: ConnectorSpec, from: ShapeBox, to: ShapeBox): string {
  const x1 = from.x + from.w / 2;
  const y1 = from.y + from.h;
  const x2 = to.x + to.w / 2;
  const y2 = to.y;
  const dx = Math.abs(x2 - x1);
  const dy = Math.abs(y2 - y1);
  const cx = (x1 + x2) / 2;
  const cy = (y1 + y2) / 2;
  // Before the quarter turn the box is dy wide and dx high, centred where the line's box is.
  const off = { x: Math.round(cx - dy / 2), y: Math.round(cy - dx / 2) };
  const flip = x2 >= x1 ? ' flipV="1"' : '';
  const width = Math.round(spec.widthPt * 12700);
  const dash = spec.dashed ? '<a:prstDash val="dash"/>' : '';
  return (
    `<p:cxnSp><p:nvCxnSpPr><p:cNvPr id="${id}" name="Connector ${id}"/>` +
    `<p:cNvCxnSpPr><a:stCxn id="${from.id}" idx="2"/><a:endCxn id="${to.id}" idx="0"/></p:cNvCxnSpPr><p:nvPr/></p:nvCxnSpPr>` +
    `<p:spPr><a:xfrm rot="5400000"${flip}><a:off x="${off.x}" y="${off.y}"/><a:ext cx="${Math.round(dy)}" cy="${Math.round(dx)}"/></a:xfrm>` +
    `<a:prstGeom prst="bentConnector3"><a:avLst><a:gd name="adj1" fmla="val 50000"/></a:avLst></a:prstGeom>` +
    `<a:ln w="${width}"><a:solidFill><a:srgbClr val="${spec.color}"/></a:solidFill>${dash}</a:ln></p:spPr></p:cxnSp>`
  );
}
