import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEMPLATES, templateDesign } from '@orgcanvas/templates';
import { contentDisposition } from '../src/http/exports.js';
import {
  createScenario,
  createWorkspace,
  startTestServer,
  type TestServer,
  type Workspace,
} from './support/server.js';

let server: TestServer;
let ws: Workspace;
let a: { id: string; name: string };
let b: { id: string; name: string };
const template = TEMPLATES.find((t) => t.id === 'ecommerce-org-chart-roles')!;
const titles = templateDesign(template).roles.map((r) => r.title);

beforeAll(async () => {
  server = await startTestServer();
  ws = await createWorkspace(server, '电商事业部');
  a = await createScenario(server, ws, { name: '华东方案 (草案)', template: template.id });
  b = await createScenario(server, ws, { name: 'Plan B', template: template.id });
});
afterAll(() => server.close());

const get = (path: string, token: string | null = ws.viewToken) =>
  fetch(server.url + path, token ? { headers: { authorization: `Bearer ${token}` } } : {});
const scenarioPath = (sid: string) => `/api/workspaces/${ws.id}/scenarios/${sid}`;

describe('scenario exports', () => {
  it('downloads SVG, PNG and PPTX with their content types and the scenario name as the file name', async () => {
    const cases = [
      ['svg', 'image/svg+xml; charset=utf-8'],
      ['png', 'image/png'],
      ['pptx', 'application/vnd.openxmlformats-officedocument.presentationml.presentation'],
    ] as const;
    for (const [format, type] of cases) {
      const res = await get(`${scenarioPath(a.id)}/export.${format}`);
      expect(res.status, format).toBe(200);
      expect(res.headers.get('content-type')).toBe(type);
      expect(res.headers.get('content-disposition')).toBe(contentDisposition('华东方案 (草案)', format));
      const bytes = Buffer.from(await res.arrayBuffer());
      if (format === 'svg')
        for (const t of titles) expect(bytes.toString('utf8')).toContain(`<title>${t}</title>`);
      if (format === 'png') expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
      if (format === 'pptx') {
        const slide = await (await JSZip.loadAsync(bytes)).file('ppt/slides/slide1.xml')!.async('string');
        for (const t of titles) expect(slide).toContain(t);
      }
    }
  });

  it('encodes the download name per RFC 6266, with an ASCII fallback', () => {
    expect(contentDisposition('华东方案 (草案)', 'svg')).toBe(
      `attachment; filename="orgcanvas.svg"; filename*=UTF-8''%E5%8D%8E%E4%B8%9C%E6%96%B9%E6%A1%88%20%28%E8%8D%89%E6%A1%88%29.svg`,
    );
    expect(contentDisposition('Plan "B"/2', 'pptx')).toBe(
      `attachment; filename="Plan _B_2.pptx"; filename*=UTF-8''Plan%20_B_2.pptx`,
    );
  });

  it('refuses a missing or wrong token, an unknown scenario and a bad scale, with the error body', async () => {
    expect((await get(`${scenarioPath(a.id)}/export.svg`, null)).status).toBe(401);
    expect((await get(`${scenarioPath(a.id)}/export.png`, 'wrong')).status).toBe(401);
    const missing = await get(`${scenarioPath('nope')}/export.pptx`);
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: { code: string } }).error.code).toBe('scenario-not-found');
    const scale = await get(`${scenarioPath(a.id)}/export.png?scale=7`);
    expect(scale.status).toBe(400);
    expect(((await scale.json()) as { error: { details: { path: string }[] } }).error.details[0]!.path).toBe(
      'scale',
    );
  });

  it('builds a two-scenario deck with a section per scenario and a comparison slide', async () => {
    const res = await get(`/api/workspaces/${ws.id}/compare/export.pptx?a=${a.id}&b=${b.id}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain(encodeURIComponent('电商事业部'));
    const zip = await JSZip.loadAsync(Buffer.from(await res.arrayBuffer()));
    const presentation = await zip.file('ppt/presentation.xml')!.async('string');
    expect(presentation).toContain('<p14:section name="华东方案 (草案)"');
    expect(presentation).toContain('<p14:section name="Plan B"');
    const slides = Object.keys(zip.files).filter((p) => /^ppt\/slides\/slide\d+\.xml$/.test(p));
    const last = await zip.file(`ppt/slides/slide${slides.length}.xml`)!.async('string');
    expect(last).toContain('方案对比：华东方案 (草案) 与 Plan B');
    expect(last).toContain('两个方案没有差异');
    const plain = await get(`/api/workspaces/${ws.id}/compare/export.pptx?a=${a.id}&b=${b.id}&comparison=0`);
    const plainZip = await JSZip.loadAsync(Buffer.from(await plain.arrayBuffer()));
    expect(Object.keys(plainZip.files).filter((p) => /^ppt\/slides\/slide\d+\.xml$/.test(p))).toHaveLength(
      slides.length - 1,
    );
    expect((await get(`/api/workspaces/${ws.id}/compare/export.pptx?a=${a.id}`)).status).toBe(400);
  });

  it('builds a deck of several scenarios with a comparison slide of each against the first', async () => {
    const c = await createScenario(server, ws, { name: '方案丙', template: template.id });
    const deckPath = `/api/workspaces/${ws.id}/export.pptx`;
    const res = await get(`${deckPath}?scenarios=${a.id},${b.id},${c.id}`);
    expect(res.status).toBe(200);
    const zip = await JSZip.loadAsync(Buffer.from(await res.arrayBuffer()));
    const presentation = await zip.file('ppt/presentation.xml')!.async('string');
    for (const name of ['华东方案 (草案)', 'Plan B', '方案丙'])
      expect(presentation).toContain(`<p14:section name="${name}"`);
    const slides = Object.keys(zip.files).filter((p) => /^ppt\/slides\/slide\d+\.xml$/.test(p)).length;
    const slide = (n: number) => zip.file(`ppt/slides/slide${n}.xml`)!.async('string');
    expect(await slide(slides - 1)).toContain('方案对比：华东方案 (草案) 与 Plan B');
    expect(await slide(slides)).toContain('方案对比：华东方案 (草案) 与 方案丙');

    for (const bad of ['', `${a.id},${a.id}`, Array.from({ length: 7 }, () => a.id).join(',')]) {
      const refused = await get(`${deckPath}?scenarios=${bad}`);
      expect(refused.status, bad).toBe(400);
      const body = (await refused.json()) as { error: { details: { path: string }[]; messageZh: string } };
      expect(body.error.details[0]!.path).toBe('scenarios');
    }
    expect((await get(`${deckPath}?scenarios=${a.id},nope`)).status).toBe(404);
  });

  it('subsets the chart font to the characters a browser-drawn view shows, for a view link too', async () => {
    const subset = (body: unknown, token: string | null = ws.viewToken) =>
      fetch(`${server.url}/api/workspaces/${ws.id}/font-subset`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify(body),
      });
    const res = await subset({ regular: '运营专员 3 people', bold: '店长' });
    expect(res.status).toBe(200);
    const { css } = (await res.json()) as { css: string };
    const faces = [
      ...css.matchAll(/font-weight:(\d+);[^}]*base64,([A-Za-z0-9+/=]+)\)[^}]*unicode-range:([^;]+);/g),
    ];
    expect(faces.map((face) => face[1]).sort()).toEqual(['400', '700']);
    for (const face of faces)
      expect(Buffer.from(face[2]!, 'base64').subarray(0, 4).toString('latin1')).toBe('wOF2');
    const bold = faces.find((face) => face[1] === '700')![3]!.split(',');
    expect(bold.sort()).toEqual(['U+5e97', 'U+957f']);
    expect(((await (await subset({ regular: '', bold: '' })).json()) as { css: string }).css).toBe('');

    expect((await subset({ regular: '店长', bold: '' }, null)).status).toBe(401);
    const bad = await subset({ regular: 5 });
    expect(bad.status).toBe(400);
    const paths = ((await bad.json()) as { error: { details: { path: string }[] } }).error.details.map(
      (d) => d.path,
    );
    expect(paths.sort()).toEqual(['bold', 'regular']);
  });
});
