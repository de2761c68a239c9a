import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toJSON, fromJSON } from '@orgcanvas/model';
import { templateDesign } from '@orgcanvas/templates';
import { main } from './main.js';

const BIN = fileURLToPath(new URL('../bin/orgcanvas.js', import.meta.url));
const TEMPLATE = 'ecommerce-org-chart-roles';
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'orgcanvas-cli-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(['node', 'orgcanvas', ...args], { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

/** The real executable, as a script or CI job runs it. */
async function bin(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [BIN, ...args]);
    return { code: 0, out: stdout, err: stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout, err: e.stderr };
  }
}

async function checkFile(path: string, format: string, titles: readonly string[]): Promise<void> {
  const bytes = await readFile(path);
  if (format === 'svg') {
    const svg = bytes.toString('utf8');
    expect(svg).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
    for (const t of titles) expect(svg).toContain(`<title>${t}</title>`);
  } else if (format === 'png') {
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  } else if (format === 'pptx') {
    const zip = await JSZip.loadAsync(bytes);
    const slide = await zip.file('ppt/slides/slide1.xml')!.async('string');
    expect(slide).toContain('<p:cxnSp>');
    for (const t of titles) expect(slide).toContain(t);
  } else {
    const back = fromJSON(bytes.toString('utf8'));
    expect(back.ok && back.value.roles.map((r) => r.title)).toEqual(titles);
  }
}

describe('orgcanvas export', () => {
  const design = templateDesign(TEMPLATE);
  const titles = design.roles.map((r) => r.title);

  for (const format of ['svg', 'png', 'pptx', 'json']) {
    it(`writes ${format} from a template and from a JSON file`, async () => {
      const fromTemplate = join(dir, `t.${format}`);
      const a = await cli('export', `template:${TEMPLATE}`, '--format', format, '-o', fromTemplate);
      expect(a.code, a.err).toBe(0);
      expect(a.err).toContain(`${fromTemplate}: ${format.toUpperCase()}, ${titles.length} roles`);
      await checkFile(fromTemplate, format, titles);

      const file = join(dir, 'design.json');
      await writeFile(file, toJSON(design));
      const fromFile = join(dir, `f.${format}`);
      const b = await cli('export', file, '-f', format, '-o', fromFile, '--locale', 'en');
      expect(b.code, b.err).toBe(0);
      await checkFile(fromFile, format, titles);
    });
  }

  it('refuses a bad design file with the import errors, writes nothing and exits 1', async () => {
    const file = join(dir, 'bad.json');
    await writeFile(
      file,
      JSON.stringify({
        format: 'orgcanvas.design',
        version: 1,
        name: 'x',
        units: [],
        roles: [{ id: 'a', title: 'A', reportsTo: 'ghost' }],
      }),
    );
    const out = join(dir, 'bad.svg');
    const r = await bin('export', file, '--format', 'svg', '-o', out);
    expect(r.code).toBe(1);
    expect(r.err).toContain('is not a valid OrgCanvas design; nothing was exported');
    expect(r.err).toContain('roles[0].reportsTo: no role "ghost"');
    await expect(readFile(out)).rejects.toThrow();
  });

  it('says what is wrong with a missing file, an unknown template or format, exit 1', async () => {
    expect(
      (await cli('export', join(dir, 'nope.json'), '-f', 'svg', '-o', join(dir, 'x.svg'))).err,
    ).toContain('no such file');
    const unknown = await cli('export', 'template:nope', '-f', 'svg', '-o', join(dir, 'x.svg'));
    expect(unknown).toMatchObject({ code: 1 });
    expect(unknown.err).toContain('No template "nope"');
    const badFormat = await cli('export', `template:${TEMPLATE}`, '-f', 'gif', '-o', join(dir, 'x.gif'));
    expect(badFormat.code).toBe(1);
    expect(badFormat.err).toContain('Allowed choices are svg, png, pptx, json');
  });

  it('prints a progress line for a large design', async () => {
    const { generateOrg } = await import('@orgcanvas/model');
    const file = join(dir, 'large.json');
    await writeFile(file, toJSON(generateOrg({ roles: 160, seed: 7 })));
    const r = await cli('export', file, '-f', 'pptx', '-o', join(dir, 'large.pptx'));
    expect(r.code, r.err).toBe(0);
    expect(r.err).toContain('160 roles: laying out and drawing…');
    expect(r.err).toMatch(/slide 1\/\d+…/);
  });
});

describe('orgcanvas (the executable)', () => {
  it('lists the templates and shows help', async () => {
    const list = await bin('templates');
    expect(list.code).toBe(0);
    expect(list.out).toContain(`${TEMPLATE} `);
    expect(list.out.trim().split('\n')).toHaveLength(9);
    // One unit is "1 unit", never "1 units".
    expect(list.out).toMatch(/operations-centre-roles-new .*\(7 roles, 1 unit\)/);
    expect(list.out).not.toMatch(/\b1 (roles|units)\b/);
    const help = await bin('export', '--help');
    expect(help.code).toBe(0);
    expect(help.out).toContain('--format <format>');
    expect(help.out).toContain('template:<id>');
  });
});
