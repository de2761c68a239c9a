import { writeFile } from 'node:fs/promises';
import { exportPNG, exportPPTX, exportSVG } from '@orgcanvas/export';
import { toJSON, type Design, type SceneLocale } from '@orgcanvas/model';
import { CliError } from './errors.js';
import { loadDesign } from './source.js';

export const FORMATS = ['svg', 'png', 'pptx', 'json'] as const;
export type Format = (typeof FORMATS)[number];

export interface ExportFlags {
  readonly format: string;
  readonly output: string;
  readonly locale: string;
  readonly scale: string;
  readonly font: boolean;
  readonly legend: boolean;
  readonly date?: string;
}

/** Designs this big get a progress line: layout and font work take long enough to wonder. */
const LARGE = 150;

export async function runExport(
  source: string,
  flags: ExportFlags,
  log: (line: string) => void,
): Promise<void> {
  const format = flags.format as Format;
  if (!FORMATS.includes(format))
    throw new CliError(
      'bad-format',
      `--format must be one of ${FORMATS.join(', ')} (got "${flags.format}").`,
    );
  if (flags.locale !== 'zh' && flags.locale !== 'en')
    throw new CliError('bad-locale', `--locale must be zh or en (got "${flags.locale}").`);
  const scale = Number(flags.scale);
  if (![1, 2, 3].includes(scale))
    throw new CliError('bad-scale', `--scale must be 1, 2 or 3 (got "${flags.scale}").`);
  const locale: SceneLocale = flags.locale;
  const design = await loadDesign(source);
  const large = design.roles.length >= LARGE;
  const progress = (what: string) => {
    if (large) log(`${what}…`);
  };
  progress(`${design.roles.length} roles: laying out and drawing`);
  const body = await render(
    design,
    format,
    { locale, scale, font: flags.font, legend: flags.legend, date: flags.date ?? null },
    (done, total) => progress(`slide ${done}/${total}`),
  );
  try {
    await writeFile(flags.output, body);
  } catch (error) {
    throw new CliError(
      'unwritable-output',
      `${flags.output}: cannot be written (${(error as NodeJS.ErrnoException).code ?? String(error)}).`,
    );
  }
  log(
    `${flags.output}: ${format.toUpperCase()}, ${design.roles.length} roles, ${Math.ceil(body.length / 1024)} KB`,
  );
}

async function render(
  design: Design,
  format: Format,
  o: { locale: SceneLocale; scale: number; font: boolean; legend: boolean; date: string | null },
  onProgress: (done: number, total: number) => void,
): Promise<Buffer | string> {
  switch (format) {
    case 'json':
      return toJSON(design);
    case 'svg':
      return exportSVG(design, { locale: o.locale, embedFont: o.font, legend: o.legend, date: o.date });
    case 'png':
      return exportPNG(design, { locale: o.locale, scale: o.scale, legend: o.legend, date: o.date });
    case 'pptx':
      return exportPPTX([{ name: design.name, design }], { locale: o.locale, date: o.date, onProgress });
  }
}
