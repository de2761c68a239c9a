import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, it } from 'vitest';
import { exportPPTX } from './index.js';
import { largestTemplates } from './testkit.js';

const run = promisify(execFile);
const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

// Debian's libreoffice-impress and poppler-utils: scripts/install.sh --browser installs them.
it('converts in LibreOffice to a PDF whose text holds every role title', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'orgcanvas-office-'));
  dirs.push(dir);
  const templates = largestTemplates(2);
  await writeFile(
    join(dir, 'deck.pptx'),
    await exportPPTX(templates.map((t) => ({ name: t.name, design: t.design }))),
  );
  // A profile of its own, so a LibreOffice the user has open (or another test) does not take the job.
  await run(
    'soffice',
    [
      `-env:UserInstallation=file://${dir}/profile`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      join(dir, 'deck.pptx'),
    ],
    { timeout: 150_000 },
  );
  await run('pdftotext', ['-layout', join(dir, 'deck.pdf'), join(dir, 'deck.txt')]);
  const text = (await readFile(join(dir, 'deck.txt'), 'utf8')).replace(/\s+/g, '');
  for (const t of templates) {
    expect(text).toContain(t.name.replace(/\s+/g, ''));
    // A title wrapped over two lines or cut with "…" still shows its start.
    for (const role of t.design.roles)
      expect(text, role.title).toContain([...role.title.replace(/\s+/g, '')].slice(0, 4).join(''));
  }
});
