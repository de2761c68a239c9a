import { XMLParser, XMLValidator } from 'fast-xml-parser';
import JSZip from 'jszip';
import { TEMPLATES, templateDesign } from '@orgcanvas/templates';
import type { Design } from '@orgcanvas/model';

/** The templates with the most roles: the ones that stress fitting, splitting and font size. */
export function largestTemplates(n: number): { id: string; name: string; design: Design }[] {
  return TEMPLATES.map((t) => ({ id: t.id, name: t.name.zh, design: templateDesign(t) }))
    .sort((a, b) => b.design.roles.length - a.design.roles.length)
    .slice(0, n);
}

export function parseXml(xml: string): unknown {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`invalid XML: ${valid.err.msg} at line ${valid.err.line}`);
  return new XMLParser({ ignoreAttributes: false, preserveOrder: true, trimValues: false }).parse(xml);
}

/** The text of every `<a:t>` in a slide, in order. */
export function slideTexts(xml: string): string[] {
  return [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => unescapeXml(m[1]!));
}

export function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Slide XML by slide number, from a written deck. */
export async function slidesOf(pptx: Buffer): Promise<{ zip: JSZip; slides: Map<number, string> }> {
  const zip = await JSZip.loadAsync(pptx);
  const slides = new Map<number, string>();
  for (const path of Object.keys(zip.files)) {
    const m = /^ppt\/slides\/slide(\d+)\.xml$/.exec(path);
    if (m) slides.set(Number(m[1]), await zip.file(path)!.async('string'));
  }
  return { zip, slides };
}
