import { readFile } from 'node:fs/promises';
import { fromJSON, type Design } from '@orgcanvas/model';
import { templateById, templateDesign } from '@orgcanvas/templates';
import { CliError } from './errors.js';

/** Where a design comes from: `template:<id>` or a JSON v1 file. */
export async function loadDesign(source: string): Promise<Design> {
  if (source.startsWith('template:')) {
    const id = source.slice('template:'.length);
    const template = templateById(id);
    if (!template)
      throw new CliError('unknown-template', `No template "${id}". "orgcanvas templates" lists them.`);
    return templateDesign(template);
  }
  let text: string;
  try {
    text = await readFile(source, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(
      'unreadable-file',
      code === 'ENOENT'
        ? `${source}: no such file.`
        : `${source}: cannot be read (${code ?? String(error)}).`,
    );
  }
  const result = fromJSON(text);
  if (!result.ok) {
    const lines = result.error.map((e) => `  ${e.path ? `${e.path}: ` : ''}${e.message}`);
    throw new CliError(
      'invalid-design',
      `${source} is not a valid OrgCanvas design; nothing was exported:\n${lines.join('\n')}`,
    );
  }
  return result.value;
}
