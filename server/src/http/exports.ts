import { exportPNG, exportPPTX, exportSVG, fontCss, type DeckScenario } from '@orgcanvas/export';
import { compare, parseDesign, type Design, type SceneLocale } from '@orgcanvas/model';
import { LIMITS, ROUTES, fontSubsetRequest, type FontSubset } from '@orgcanvas/protocol';

const MAX_DECK_SCENARIOS = LIMITS.deckScenarios;
import { tokenOf } from '../auth/index.js';
import { ApiError } from '../workspace/errors.js';
import { parseBody, type Workspaces } from '../workspace/service.js';
import { sendJson } from './respond.js';
import type { RequestContext, Router } from './router.js';

const SCENARIO = '/api/workspaces/:id/scenarios/:sid';
const PPTX_TYPE = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

/**
 * A download header per RFC 6266: an ASCII `filename` for old clients and the real name, in the
 * design's own language, as RFC 8187 `filename*` (percent-encoded UTF-8; `'()*` are not attr-chars).
 */
export function contentDisposition(name: string, extension: string): string {
  const clean =
    name
      .replace(/[\p{Cc}/\\:*?"<>|]+/gu, '_')
      .trim()
      .slice(0, 80) || 'orgcanvas';
  const latin = clean.replace(/[^\x20-\x7e]+/g, '_').replace(/_+/g, '_');
  // A name with no Latin letters or digits left (a Chinese name) falls back to the product's name.
  const ascii = /[A-Za-z0-9]/.test(latin) ? latin.replace(/^[_ ]+|[_ ]+$/g, '') : 'orgcanvas';
  const encoded = encodeURIComponent(`${clean}.${extension}`).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}.${extension}"; filename*=UTF-8''${encoded}`;
}

const badQuery = (param: string, message: string, messageZh: string) =>
  new ApiError(400, 'invalid-request', message, messageZh, [{ path: param, message }]);

function localeOf(url: URL): SceneLocale {
  const lang = url.searchParams.get('lang') ?? 'zh';
  if (lang !== 'zh' && lang !== 'en')
    throw badQuery('lang', 'lang must be zh or en.', 'lang 只能是 zh 或 en。');
  return lang;
}

function send(ctx: RequestContext, type: string, body: Buffer | string, disposition: string): void {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  ctx.res.writeHead(200, {
    'Content-Type': type,
    'Content-Length': bytes.length,
    'Content-Disposition': disposition,
    'Cache-Control': 'no-store',
  });
  ctx.res.end(ctx.req.method === 'HEAD' ? undefined : bytes);
}

/** Rendering failed on a design that was valid: say so, not "internal error", and keep serving. */
async function rendered<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    throw new ApiError(
      500,
      'export-failed',
      `The export could not be drawn (${error instanceof Error ? error.message : String(error)}). JSON export still works.`,
      `导出失败（${error instanceof Error ? error.message : String(error)}）。仍可导出 JSON。`,
    );
  }
}

/**
 * SVG, PNG and PPTX downloads of a scenario, and decks of several scenarios with comparison slides, drawn by @orgcanvas/export
 * from what the server stores. A view token is enough: exporting changes nothing.
 */
export function exportRoutes(
  router: Router,
  workspaces: Workspaces,
  readBody: (ctx: RequestContext) => Promise<unknown>,
): Router {
  const authorize = (ctx: RequestContext) =>
    workspaces.authorize(ctx.params.id ?? '', tokenOf(ctx.req, ctx.url), 'view');

  const scenario = async (ctx: RequestContext, sid: string): Promise<{ name: string; design: Design }> => {
    const { scenario, design } = await workspaces.exportScenario(ctx.params.id ?? '', sid);
    const parsed = parseDesign(design);
    if (!parsed.ok)
      throw new ApiError(
        500,
        'export-failed',
        'The stored design could not be read.',
        '无法读取已保存的设计。',
      );
    return { name: scenario.name, design: parsed.value };
  };

  /**
   * A deck of these scenarios, one section each, and (unless `?comparison=0`) a comparison slide of
   * each later scenario against the first: a board deck weighs each alternative against today's org.
   */
  const sendDeck = async (ctx: RequestContext, workspaceName: string, ids: readonly string[]) => {
    const scenarios: DeckScenario[] = [];
    for (const id of ids) scenarios.push(await scenario(ctx, id));
    const comparisons =
      ctx.url.searchParams.get('comparison') === '0'
        ? []
        : scenarios
            .slice(1)
            .map((other, i) => ({ a: 0, b: i + 1, result: compare(scenarios[0]!.design, other.design) }));
    const deck = await rendered(exportPPTX(scenarios, { locale: localeOf(ctx.url), comparisons }));
    const name =
      scenarios.length === 1
        ? scenarios[0]!.name
        : [workspaceName, ...scenarios.map((s) => s.name)].join(' · ');
    send(ctx, PPTX_TYPE, deck, contentDisposition(name, 'pptx'));
  };

  return router
    .on('GET', `${SCENARIO}/export.svg`, async (ctx) => {
      await authorize(ctx);
      const s = await scenario(ctx, ctx.params.sid ?? '');
      const embedFont = ctx.url.searchParams.get('font') !== '0';
      const svg = await rendered(
        exportSVG(s.design, { locale: localeOf(ctx.url), title: s.name, embedFont }),
      );
      send(ctx, 'image/svg+xml; charset=utf-8', svg, contentDisposition(s.name, 'svg'));
    })
    .on('GET', `${SCENARIO}/export.png`, async (ctx) => {
      await authorize(ctx);
      const scale = Number(ctx.url.searchParams.get('scale') ?? '2');
      if (![1, 2, 3].includes(scale))
        throw badQuery('scale', 'scale must be 1, 2 or 3.', 'scale 只能是 1、2 或 3。');
      const s = await scenario(ctx, ctx.params.sid ?? '');
      const png = await rendered(exportPNG(s.design, { locale: localeOf(ctx.url), title: s.name, scale }));
      send(ctx, 'image/png', png, contentDisposition(s.name, 'png'));
    })
    .on('GET', `${SCENARIO}/export.pptx`, async (ctx) => {
      await authorize(ctx);
      const s = await scenario(ctx, ctx.params.sid ?? '');
      const deck = await rendered(exportPPTX([s], { locale: localeOf(ctx.url) }));
      send(ctx, PPTX_TYPE, deck, contentDisposition(s.name, 'pptx'));
    })
    .on('GET', '/api/workspaces/:id/compare/export.pptx', async (ctx) => {
      const { workspace } = await authorize(ctx);
      const a = ctx.url.searchParams.get('a');
      const b = ctx.url.searchParams.get('b');
      if (!a || !b)
        throw badQuery(
          a ? 'b' : 'a',
          'Name both scenarios: ?a=<id>&b=<id>.',
          '请指定两个方案：?a=<id>&b=<id>。',
        );
      await sendDeck(ctx, workspace.name, [a, b]);
    })
    .on('GET', '/api/workspaces/:id/export.pptx', async (ctx) => {
      const { workspace } = await authorize(ctx);
      const ids = (ctx.url.searchParams.get('scenarios') ?? '').split(',').filter(Boolean);
      if (ids.length === 0 || ids.length > MAX_DECK_SCENARIOS || new Set(ids).size !== ids.length)
        throw badQuery(
          'scenarios',
          `Name 1 to ${MAX_DECK_SCENARIOS} different scenarios: ?scenarios=<id>,<id>,…`,
          `请指定 1 到 ${MAX_DECK_SCENARIOS} 个不同的方案：?scenarios=<id>,<id>,…`,
        );
      await sendDeck(ctx, workspace.name, ids);
    })
    .on('POST', ROUTES.fontSubset, async (ctx) => {
      await authorize(ctx);
      const text = parseBody(fontSubsetRequest, await readBody(ctx));
      const answer: FontSubset = { css: await rendered(fontCss(text)) };
      sendJson(ctx.res, 200, answer);
    });
}
