import { describe, expect, it } from 'vitest';
import { applyOperation, compare, localOrigin, readDesign } from '@orgcanvas/model';
import { TEMPLATES, templateCounts } from '@orgcanvas/templates';
import { stockClient, synced } from './support/clients.js';
import { api, createScenario, sharedWorkspace, waitFor } from './support/server.js';

const shared = sharedWorkspace('方案比较');

// A template with roles in reporting lines (the first one defines departments only).
const template = TEMPLATES.find((entry) => templateCounts(entry).roles > 5)!;
const open = async (scenarioId: string, name?: string) => {
  const c = stockClient('v3', shared.server.wsUrl, `${shared.ws.id}/${scenarioId}`, shared.ws.editToken);
  if (name) c.provider.awareness.setLocalStateField('user', { name });
  shared.clients.push(c);
  await synced(c);
  return c;
};
const compareOf = (a: string, b: string, token = shared.ws.viewToken) =>
  api(shared.server, 'GET', `/api/workspaces/${shared.ws.id}/compare?a=${a}&b=${b}`, { token });

describe('GET /api/workspaces/:id/compare', () => {
  it('answers compare(a, b) of a template scenario and its edited fork, live as the fork changes', async () => {
    const origin = await createScenario(shared.server, shared.ws, { name: '现状', template: template.id });
    const fork = await createScenario(shared.server, shared.ws, { name: '方案 B', from: origin.id });
    const same = await compareOf(origin.id, fork.id);
    expect(same.status).toBe(200);
    expect(same.body.diff).toEqual([]);

    const editor = await open(fork.id);
    const role = readDesign(editor.doc).roles.find((entry) => entry.reportsTo !== null)!;
    const result = applyOperation(
      editor.doc,
      { type: 'role.update', id: role.id, patch: { headcount: role.headcount + 2 } },
      localOrigin('test'),
    );
    expect(result.ok).toBe(true);
    const answer = await waitFor(async () => {
      const res = await compareOf(origin.id, fork.id);
      return res.body.diff.length > 0 && res;
    }, 'the edit to show in the comparison');

    expect(answer.body.diff).toEqual([
      {
        key: `headcount-changed:${role.id}`,
        kind: 'headcount-changed',
        roleId: role.id,
        title: role.title,
        before: role.headcount,
        after: role.headcount + 2,
      },
    ]);
    const { a, b, delta } = answer.body.metrics;
    for (const metrics of [a, b]) {
      expect(Object.keys(metrics)).toEqual(
        expect.arrayContaining(['headcount', 'roles', 'layers', 'spanMax', 'cost']),
      );
      expect(Object.keys(metrics.cost)).toEqual(expect.arrayContaining(['total', 'incomplete', 'byUnit']));
    }
    expect(delta.headcount).toBe(2);
    expect(b.headcount - a.headcount).toBe(2);
    // The answer is exactly the model's compare of the two designs as the server holds them.
    const originDesign = (
      await api(shared.server, 'GET', `/api/workspaces/${shared.ws.id}/scenarios/${origin.id}/export.json`, {
        token: shared.ws.viewToken,
      })
    ).body;
    expect(originDesign.roles.length).toBe(a.roles + a.optionalRoles);
    expect(answer.body).toEqual(
      JSON.parse(JSON.stringify(compare(readDesign((await open(origin.id)).doc), readDesign(editor.doc)))),
    );
  });

  it('refuses a missing scenario parameter with 400 and an unknown scenario with 404', async () => {
    const origin = await createScenario(shared.server, shared.ws, { name: 'x' });
    const missing = await api(
      shared.server,
      'GET',
      `/api/workspaces/${shared.ws.id}/compare?a=${origin.id}`,
      {
        token: shared.ws.viewToken,
      },
    );
    expect(missing.status).toBe(400);
    expect(missing.body.error.code).toBe('invalid-request');
    expect(missing.body.error.details).toEqual([{ path: 'b', message: 'required' }]);
    const unknown = await compareOf(origin.id, 'no-such-scenario');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('scenario-not-found');
  });

  it('needs a token of this workspace (a view token is enough)', async () => {
    const origin = await createScenario(shared.server, shared.ws, { name: 'y' });
    expect((await compareOf(origin.id, origin.id, 'wrong')).status).toBe(401);
    expect((await compareOf(origin.id, origin.id, shared.ws.viewToken)).status).toBe(200);
  });
});

describe('the scenario list', () => {
  it('shows each scenario’s headcount and cost, and who changed it last', async () => {
    const scenario = await createScenario(shared.server, shared.ws, { name: '名单', template: template.id });
    const editor = await open(scenario.id, '李雷');
    const listed = async () =>
      (
        await api(shared.server, 'GET', `/api/workspaces/${shared.ws.id}/scenarios`, {
          token: shared.ws.viewToken,
        })
      ).body.find((entry: { id: string }) => entry.id === scenario.id);
    const before = await listed();
    const design = readDesign(editor.doc);
    const committed = design.roles.filter((role) => !role.optional);
    expect(before.figures).toMatchObject({
      roles: committed.length,
      headcount: committed.reduce((sum, role) => sum + role.headcount, 0),
    });
    const role = committed[0]!;
    applyOperation(
      editor.doc,
      { type: 'role.update', id: role.id, patch: { headcount: role.headcount + 5 } },
      localOrigin('t'),
    );
    const after = await waitFor(async () => {
      const entry = await listed();
      return entry.figures.headcount === before.figures.headcount + 5 && entry;
    }, 'the list to show the new headcount');
    expect(after.updatedBy).toBe('李雷');
  });
});
