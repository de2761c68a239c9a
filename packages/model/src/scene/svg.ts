import type { Primitive, Scene } from './types.js';

const MARGIN = 24;
const LEGEND_ROW = 22;

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const num = (n: number): string => String(Math.round(n * 100) / 100);

/** A standalone SVG document of the scene (the near level of detail), with the unit legend below. */
export function sceneToSVG(scene: Scene): string {
  const b = scene.bounds;
  const legendHeight = scene.legend.length > 0 ? MARGIN + Math.ceil(scene.legend.length / 4) * LEGEND_ROW : 0;
  const x0 = b.x - MARGIN;
  const y0 = b.y - MARGIN;
  const width = b.width + 2 * MARGIN;
  const height = b.height + 2 * MARGIN + legendHeight;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${num(x0)} ${num(y0)} ${num(width)} ${num(height)}" width="${num(width)}" height="${num(height)}" font-family="${escapeXml(scene.fontFamily)}">`,
  );
  out.push(
    `<rect x="${num(x0)}" y="${num(y0)}" width="${num(width)}" height="${num(height)}" fill="${scene.background}"/>`,
  );
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
  if (scene.legend.length > 0) {
    out.push('<g class="legend">');
    const colWidth = Math.max(160, b.width / 4);
    scene.legend.forEach((entry, i) => {
      const lx = b.x + (i % 4) * colWidth;
      const ly = b.y + b.height + MARGIN + Math.floor(i / 4) * LEGEND_ROW;
      out.push(
        `<rect x="${num(lx)}" y="${num(ly)}" width="14" height="14" rx="3" fill="${escapeXml(entry.color)}"/>`,
      );
      out.push(
        `<text x="${num(lx + 20)}" y="${num(ly + 12)}" font-size="13" fill="#334155">${escapeXml(entry.name)}</text>`,
      );
    });
    out.push('</g>');
  }
  out.push('</svg>');
  return out.join('\n');
}

function dashAttr(dash: readonly number[] | null): string {
  return dash ? ` stroke-dasharray="${dash.join(' ')}"` : '';
}

function primitiveToSVG(p: Primitive): string {
  switch (p.kind) {
    case 'rect':
      return `<rect x="${num(p.x)}" y="${num(p.y)}" width="${num(p.width)}" height="${num(p.height)}" rx="${num(p.radius)}" fill="${p.fill ?? 'none'}"${p.stroke ? ` stroke="${p.stroke}" stroke-width="${num(p.strokeWidth)}"` : ''}${dashAttr(p.dash)}/>`;
    case 'polyline':
      return `<polyline points="${p.points.map((q) => `${num(q.x)},${num(q.y)}`).join(' ')}" fill="none" stroke="${p.stroke}" stroke-width="${num(p.strokeWidth)}"${dashAttr(p.dash)}/>`;
    case 'text': {
      const anchor = p.align === 'center' ? 'middle' : p.align === 'right' ? 'end' : 'start';
      const x = p.align === 'center' ? p.x + p.maxWidth / 2 : p.align === 'right' ? p.x + p.maxWidth : p.x;
      // SVG places text by baseline; the scene by the top of the line box.
      return `<text x="${num(x)}" y="${num(p.y + p.fontSize * 0.88)}" font-size="${num(p.fontSize)}"${p.fontWeight === 'bold' ? ' font-weight="bold"' : ''} fill="${p.fill}" text-anchor="${anchor}">${escapeXml(p.text)}</text>`;
    }
    case 'badge':
      return [
        `<rect x="${num(p.x)}" y="${num(p.y)}" width="${num(p.width)}" height="${num(p.height)}" rx="${num(p.height / 2)}" fill="${p.fill}"${p.stroke ? ` stroke="${p.stroke}"` : ''}/>`,
        `<text x="${num(p.x + p.width / 2)}" y="${num(p.y + p.height / 2 + p.fontSize * 0.35)}" font-size="${num(p.fontSize)}" fill="${p.textFill}" text-anchor="middle">${escapeXml(p.text)}</text>`,
      ].join('');
  }
}
