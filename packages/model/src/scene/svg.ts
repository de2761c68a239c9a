import { SCENE_MARGIN } from './decorations.js';
import type { Primitive, Scene } from './types.js';

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const num = (n: number): string => String(Math.round(n * 100) / 100);

export interface SvgOptions {
  /** CSS put in the document's `<style>` (the export's embedded `@font-face` rules). */
  readonly css?: string;
}

/**
 * A standalone SVG document of the scene (the near level of detail): unit boxes, lines, cards and
 * the decorations the scene laid out, with a margin around all of it.
 */
export function sceneToSVG(scene: Scene, options: SvgOptions = {}): string {
  const b = scene.bounds;
  const x0 = b.x - SCENE_MARGIN;
  const y0 = b.y - SCENE_MARGIN;
  const width = b.width + 2 * SCENE_MARGIN;
  const height = b.height + 2 * SCENE_MARGIN;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${num(x0)} ${num(y0)} ${num(width)} ${num(height)}" width="${num(width)}" height="${num(height)}" font-family="${escapeXml(scene.fontFamily)}">`,
  );
  // CSS text cannot hold "]]>", and font data URIs never do.
  if (options.css) out.push(`<style><![CDATA[${options.css.replace(/]]>/g, '')}]]></style>`);
  out.push(rect(x0, y0, width, height, scene.background));
  for (const unit of scene.units) {
    out.push(
      `<g class="unit" data-unit-id="${escapeXml(unit.unitId)}" transform="translate(${num(unit.x)} ${num(unit.y)})">`,
    );
    out.push(`<title>${escapeXml(unit.name)}</title>`);
    for (const p of unit.primitives) out.push(primitiveToSVG(p));
    out.push('</g>');
  }
  out.push('<g class="lines">');
  for (const line of scene.lines) out.push(primitiveToSVG(line.primitive));
  out.push('</g>');
  for (const card of scene.cards) {
    out.push(
      `<g class="card" data-role-id="${escapeXml(card.roleId)}" transform="translate(${num(card.x)} ${num(card.y)})">`,
    );
    out.push(`<title>${escapeXml(card.title)}</title>`);
    for (const p of card.primitives) if (p.lod !== 'far') out.push(primitiveToSVG(p));
    out.push('</g>');
  }
  if (scene.decorations.length > 0) {
    out.push('<g class="decorations">');
    for (const p of scene.decorations) out.push(primitiveToSVG(p));
    out.push('</g>');
  }
  out.push('</svg>');
  return out.join('\n');
}

function rect(x: number, y: number, w: number, h: number, fill: string): string {
  return `<rect x="${num(x)}" y="${num(y)}" width="${num(w)}" height="${num(h)}" fill="${escapeXml(fill)}"/>`;
}

function dashAttr(dash: readonly number[] | null): string {
  return dash ? ` stroke-dasharray="${dash.join(' ')}"` : '';
}

/** Where SVG puts a line of text: it places text by baseline, the scene by the top of the line box. */
export function baselineOffset(fontSize: number): number {
  return fontSize * 0.88;
}

function primitiveToSVG(p: Primitive): string {
  switch (p.kind) {
    case 'rect':
      return `<rect x="${num(p.x)}" y="${num(p.y)}" width="${num(p.width)}" height="${num(p.height)}" rx="${num(p.radius)}" fill="${escapeXml(p.fill ?? 'none')}"${p.stroke ? ` stroke="${escapeXml(p.stroke)}" stroke-width="${num(p.strokeWidth)}"` : ''}${dashAttr(p.dash)}/>`;
    case 'polyline':
      return `<polyline points="${p.points.map((q) => `${num(q.x)},${num(q.y)}`).join(' ')}" fill="none" stroke="${escapeXml(p.stroke)}" stroke-width="${num(p.strokeWidth)}"${dashAttr(p.dash)}/>`;
    case 'text': {
      const anchor = p.align === 'center' ? 'middle' : p.align === 'right' ? 'end' : 'start';
      const x = p.align === 'center' ? p.x + p.maxWidth / 2 : p.align === 'right' ? p.x + p.maxWidth : p.x;
      return `<text x="${num(x)}" y="${num(p.y + baselineOffset(p.fontSize))}" font-size="${num(p.fontSize)}"${p.fontWeight === 'bold' ? ' font-weight="bold"' : ''} fill="${escapeXml(p.fill)}" text-anchor="${anchor}" xml:space="preserve">${escapeXml(p.text)}</text>`;
    }
    case 'badge':
      return [
        `<rect x="${num(p.x)}" y="${num(p.y)}" width="${num(p.width)}" height="${num(p.height)}" rx="${num(p.height / 2)}" fill="${escapeXml(p.fill)}"${p.stroke ? ` stroke="${escapeXml(p.stroke)}"` : ''}/>`,
        `<text x="${num(p.x + p.width / 2)}" y="${num(p.y + p.height / 2 + p.fontSize * 0.35)}" font-size="${num(p.fontSize)}" fill="${escapeXml(p.textFill)}" text-anchor="middle">${escapeXml(p.text)}</text>`,
      ].join('');
  }
}
