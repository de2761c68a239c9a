import { ROUTES, type InstanceInfo, type Workspace } from '@orgcanvas/protocol';
import { templateCatalogue } from '@orgcanvas/templates';
import { hashToken, tokenMatches, tokenOf, viewTokenFor, type Access } from '../auth/index.js';
import type { Config } from '../config.js';
import { scenarioSummary, type Workspaces } from '../workspace/service.js';
import { errors } from '../workspace/errors.js';
import { readJson } from './body.js';
import { RateLimiter } from './rateLimit.js';
import type { ScenarioEvents } from './events.js';
import { exportRoutes } from './exports.js';
import { sendJson } from './respond.js';
import { Router, type RequestContext } from './router.js';

/** What the API tells the rest of the server: links were replaced, so sockets holding old ones must go. */
export interface ApiHooks {
  readonly linksReplaced: (workspaceId: string) => void;
}

/** The `/healthz` answer: 503 unless `ok` (`app.ts` fills in the store and fan-out). */
export interface Health {
  readonly ok: boolean;
}

/** The HTTP API under /api, plus /healthz. Tokens: `Authorization: Bearer T` or `?token=T`. */
export function apiRoutes(
  config: Config,
  workspaces: Workspaces,
  events: ScenarioEvents,
  health: () => Promise<Health> = async () => ({ ok: true }),
  hooks: ApiHooks = { linksReplaced: () => undefined },
): Router {
  const body = (ctx: RequestContext) => readJson(ctx.req, config.limits.maxBodyBytes);
  const limiter = new RateLimiter();
  // The socket's peer address: a proxy in front makes every visitor one address, which only makes
  // the limit stricter; forwarded headers are not trusted, a client could write any.
  const limit = (ctx: RequestContext, action: keyof Config['rates']) =>
    limiter.take(action, ctx.req.socket.remoteAddress ?? 'unknown', config.rates[action]);
  const authorize = (ctx: RequestContext, need: Access) =>
    workspaces.authorize(ctx.params.id ?? '', tokenOf(ctx.req, ctx.url), need);
  const wid = (ctx: RequestContext) => ctx.params.id ?? '';
  const sid = (ctx: RequestContext) => ctx.params.sid ?? '';

  return exportRoutes(new Router(), workspaces, body)
    .on('GET', ROUTES.healthz, async ({ res }) => {
      const answer = await health();
      sendJson(res, answer.ok ? 200 : 503, answer);
    })
    .on('GET', ROUTES.templates, ({ res }) =>
      sendJson(res, 200, templateCatalogue(), { 'Cache-Control': 'public, max-age=300' }),
    )
    .on('GET', ROUTES.instance, ({ res }) => {
      const info: InstanceInfo = { createTokenRequired: config.createToken !== null };
      sendJson(res, 200, info);
    })
    .on('POST', ROUTES.workspaces, async (ctx) => {
      if (config.createToken !== null && !sameSecret(tokenOf(ctx.req, ctx.url), config.createToken)) {
        throw errors.createTokenRequired();
      }
      limit(ctx, 'workspacesPerMinute');
      sendJson(ctx.res, 201, await workspaces.create(await body(ctx)));
    })
    .on('POST', ROUTES.workspaceLinks, async (ctx) => {
      await authorize(ctx, 'edit');
      const links = await workspaces.replaceLinks(wid(ctx), await body(ctx));
      hooks.linksReplaced(wid(ctx));
      events.closeWorkspace(wid(ctx));
      sendJson(ctx.res, 200, links);
    })
    .on('GET', ROUTES.workspace, async (ctx) => {
      const { workspace, access } = await authorize(ctx, 'view');
      const token = tokenOf(ctx.req, ctx.url);
      const view: Workspace = {
        id: workspace.id,
        name: workspace.name,
        access,
        // Editors may share the view link; a viewer never learns more than the token they hold.
        ...(access === 'edit' && token !== null ? { viewToken: viewTokenFor(token) } : {}),
        linksExpireAt:
          typeof workspace.linksExpireAt === 'number'
            ? new Date(workspace.linksExpireAt).toISOString()
            : null,
        scenarios: await workspaces.listScenarios(workspace.id),
      };
      sendJson(ctx.res, 200, view);
    })
    .on('GET', ROUTES.workspaceEvents, async (ctx) => {
      const { workspace } = await authorize(ctx, 'view');
      events.open(workspace.id, ctx.res, await workspaces.listScenarios(workspace.id));
    })
    .on('POST', ROUTES.scenarios, async (ctx) => {
      await authorize(ctx, 'edit');
      const request = await body(ctx);
      const isImport = request !== null && typeof request === 'object' && 'design' in request;
      limit(ctx, isImport ? 'importsPerMinute' : 'scenariosPerMinute');
      sendJson(ctx.res, 201, await workspaces.createScenario(wid(ctx), request));
    })
    .on('GET', ROUTES.scenarios, async (ctx) => {
      await authorize(ctx, 'view');
      sendJson(ctx.res, 200, await workspaces.listScenarios(wid(ctx)));
    })
    .on('GET', ROUTES.scenario, async (ctx) => {
      await authorize(ctx, 'view');
      sendJson(ctx.res, 200, scenarioSummary(await workspaces.scenario(wid(ctx), sid(ctx))));
    })
    .on('PATCH', ROUTES.scenario, async (ctx) => {
      await authorize(ctx, 'edit');
      sendJson(ctx.res, 200, await workspaces.renameScenario(wid(ctx), sid(ctx), await body(ctx)));
    })
    .on('DELETE', ROUTES.scenario, async (ctx) => {
      await authorize(ctx, 'edit');
      await workspaces.deleteScenario(wid(ctx), sid(ctx));
      ctx.res.writeHead(204).end();
    })
    .on('GET', ROUTES.scenarioExport, async (ctx) => {
      await authorize(ctx, 'view');
      limit(ctx, 'exportsPerMinute');
      const { scenario, design } = await workspaces.exportScenario(wid(ctx), sid(ctx));
      const filename = `${scenario.name.replace(/[^\p{L}\p{N} _-]+/gu, '_').slice(0, 80) || 'scenario'}.json`;
      sendJson(ctx.res, 200, design, {
        'Content-Disposition': `attachment; filename="scenario.json"; filename*=UTF-8''${encodeURIComponent(filename)}`,
      });
    })
    .on('GET', ROUTES.versions, async (ctx) => {
      await authorize(ctx, 'view');
      sendJson(ctx.res, 200, await workspaces.listVersions(wid(ctx), sid(ctx)));
    })
    .on('POST', ROUTES.versions, async (ctx) => {
      await authorize(ctx, 'edit');
      limit(ctx, 'versionsPerMinute');
      sendJson(ctx.res, 201, await workspaces.saveVersion(wid(ctx), sid(ctx), await body(ctx)));
    })
    .on('GET', ROUTES.compare, async (ctx) => {
      await authorize(ctx, 'view');
      const { searchParams } = ctx.url;
      sendJson(
        ctx.res,
        200,
        await workspaces.compareScenarios(wid(ctx), searchParams.get('a'), searchParams.get('b')),
      );
    })
    .on('GET', ROUTES.version, async (ctx) => {
      await authorize(ctx, 'view');
      sendJson(ctx.res, 200, await workspaces.getVersion(wid(ctx), sid(ctx), ctx.params.vid ?? ''));
    });
}

/** The instance token, compared as hashes in constant time like share tokens. */
function sameSecret(presented: string | null, expected: string): boolean {
  return presented !== null && presented.length <= 256 && tokenMatches(presented, hashToken(expected));
}
