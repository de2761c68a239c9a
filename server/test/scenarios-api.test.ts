import { describe, expect, it } from 'vitest';
import { readDesign, writeDesign } from '@orgcanvas/model';
import { TEMPLATES, templateCounts } from '@orgcanvas/templates';
import { rawClient, stockClient, synced } from './support/clients.js';
import { api, createScenario, sharedWorkspace, waitFor } from './support/server.js';

const shared = sharedWorkspace('电商事业部');

const template = TEMPLATES[0]!;
const base = () => `/api/workspaces/${shared.ws.id}`;
const open = (scenarioId: string) => {
  const c = stockClient('v3', shared.server.wsUrl, `${shared.ws.id}/${scenarioId}`, shared.ws.editToken);
  shared.clients.push(c);
  return c;
};

describe('workspaces', () => {
  it('creates a workspace for anyone, with an edit and a view token', async () => {
    const res = await api(shared.server, 'POST', '/api/workspaces', { body: { name: 'Leadership offsite' } });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ name: 'Leadership offsite' });
    expect(res.body.editToken).not.toBe(res.body.viewToken);
    const bad = await api(shared.server, 'POST', '/api/workspaces', { body: { name: '  ' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].path).toBe('name');
  });
});

describe('templates', () => {
  it('lists every template with its counts', async () => {
    const res = await api(shared.server, 'GET', '/api/templates');
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(TEMPLATES.length);
    expect(res.body[0]).toMatchObject({
      id: template.id,
      name: template.name,
      counts: templateCounts(template),
    });
  });

  it('creates a scenario from a template that a client opens with every role', async () => {
    const res = await api(shared.server, 'POST', `${base()}/scenarios`, {
      token: shared.ws.editToken,
      body: { name: 'From template', template: template.id },
    });
    expect(res.status).toBe(201);
    expect(res.body.basedOn).toEqual({ kind: 'template', id: template.id });
    const client = open(res.body.id);
    await synced(client);
    expect(readDesign(client.doc).roles).toHaveLength(templateCounts(template).roles);
    const exported = await api(shared.server, 'GET', `${base()}/scenarios/${res.body.id}/export.json`, {
      token: shared.ws.viewToken,
    });
    expect(exported.status).toBe(200);
    expect(exported.body.format).toBe('orgcanvas.design');
    expect(exported.body.roles).toHaveLength(templateCounts(template).roles);
    expect(exported.headers.get('content-disposition')).toContain('attachment');
  });

  it('answers 400 for an unknown template', async () => {
    const res = await api(shared.server, 'POST', `${base()}/scenarios`, {
      token: shared.ws.editToken,
      body: { name: 'x', template: 'nope' },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('template-not-found');
  });
});

describe('forks', () => {
  it('keeps every id and then lives apart from its origin', async () => {
    const origin = await createScenario(shared.server, shared.ws, { name: 'Origin', template: template.id });
    const editor = open(origin.id);
    await synced(editor);
    const design = readDesign(editor.doc);
    writeDesign(editor.doc, { ...design, name: 'Edited before the fork' }, { kind: 'local', userId: 'test' });
    await waitFor(async () => {
      const e = await api(shared.server, 'GET', `${base()}/scenarios/${origin.id}/export.json`, {
        token: shared.ws.editToken,
      });
      return e.body.name === 'Edited before the fork';
    }, 'the edit to be kept');

    const fork = await api(shared.server, 'POST', `${base()}/scenarios`, {
      token: shared.ws.editToken,
      body: { name: 'Fork', from: origin.id },
    });
    expect(fork.status).toBe(201);
    expect(fork.body.basedOn).toEqual({ kind: 'scenario', id: origin.id });
    const [a, b] = await Promise.all(
      [origin.id, fork.body.id].map(
        async (id) =>
          (
            await api(shared.server, 'GET', `${base()}/scenarios/${id}/export.json`, {
              token: shared.ws.editToken,
            })
          ).body,
      ),
    );
    expect(b.name).toBe('Edited before the fork');
    expect(b.roles.map((r: { id: string }) => r.id)).toEqual(a.roles.map((r: { id: string }) => r.id));
    expect(b.units.map((u: { id: string }) => u.id)).toEqual(a.units.map((u: { id: string }) => u.id));

    const forkEditor = open(fork.body.id);
    await synced(forkEditor);
    writeDesign(
      forkEditor.doc,
      { ...readDesign(forkEditor.doc), name: 'Only the fork' },
      { kind: 'local', userId: 'test' },
    );
    await waitFor(async () => {
      const e = await api(shared.server, 'GET', `${base()}/scenarios/${fork.body.id}/export.json`, {
        token: shared.ws.editToken,
      });
      return e.body.name === 'Only the fork';
    }, 'the fork edit');
    expect(readDesign(editor.doc).name).toBe('Edited before the fork');
  });
});

describe('imports', () => {
  const good = {
    format: 'orgcanvas.design',
    version: 1,
    name: '客服部',
    units: [{ id: 'u1', name: '客服部' }],
    roles: [
      { id: 'r1', title: '客服主管', unitId: 'u1' },
      { id: 'r2', title: '客服专员', unitId: 'u1', reportsTo: 'r1', headcount: 3 },
    ],
  };

  it('creates a scenario from a valid JSON v1 design, ids kept', async () => {
    const res = await api(shared.server, 'POST', `${base()}/scenarios`, {
      token: shared.ws.editToken,
      body: { name: 'Imported', design: good },
    });
    expect(res.status).toBe(201);
    const exported = await api(shared.server, 'GET', `${base()}/scenarios/${res.body.id}/export.json`, {
      token: shared.ws.editToken,
    });
    expect(
      exported.body.roles.map((r: { id: string; reportsTo: string | null }) => [r.id, r.reportsTo]),
    ).toEqual([
      ['r1', null],
      ['r2', 'r1'],
    ]);
  });

  it('refuses a bad design with the path of each bad field, creating nothing', async () => {
    const before = (await api(shared.server, 'GET', base(), { token: shared.ws.editToken })).body.scenarios
      .length;
    const bad = {
      ...good,
      roles: [
        { id: 'r1', title: '客服主管', headcount: -2 },
        { id: 'r2', title: '客服专员', reportsTo: 'ghost' },
      ],
    };
    const res = await api(shared.server, 'POST', `${base()}/scenarios`, {
      token: shared.ws.editToken,
      body: { name: 'Bad', design: bad },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid-design');
    expect(res.body.error.message).toBeTruthy();
    expect(res.body.error.messageZh).toBeTruthy();
    const paths = res.body.error.details.map((d: { path: string }) => d.path);
    expect(paths).toContain('design.roles[0].headcount');
    const after = (await api(shared.server, 'GET', base(), { token: shared.ws.editToken })).body.scenarios
      .length;
    expect(after).toBe(before);

    const dangling = await api(shared.server, 'POST', `${base()}/scenarios`, {
      token: shared.ws.editToken,
      body: { name: 'Bad', design: { ...good, roles: [{ id: 'r2', title: 'x', reportsTo: 'ghost' }] } },
    });
    expect(dangling.status).toBe(400);
    expect(dangling.body.error.details.map((d: { path: string }) => d.path)).toContain(
      'design.roles[0].reportsTo',
    );

    const notJson = await fetch(`${shared.server.url}${base()}/scenarios`, {
      method: 'POST',
      headers: { authorization: `Bearer ${shared.ws.editToken}`, 'content-type': 'application/json' },
      body: '{"name": ',
    });
    expect(notJson.status).toBe(400);
    expect(((await notJson.json()) as { error: { code: string } }).error.code).toBe('malformed-json');
  });

  it('refuses more than one source', async () => {
    const res = await api(shared.server, 'POST', `${base()}/scenarios`, {
      token: shared.ws.editToken,
      body: { name: 'x', template: template.id, design: good },
    });
    expect(res.status).toBe(400);
  });
});

describe('rename and delete', () => {
  it('renames, deletes, and closes the sockets of a deleted scenario', async () => {
    const s = await createScenario(shared.server, shared.ws, { name: 'Temporary' });
    const renamed = await api(shared.server, 'PATCH', `${base()}/scenarios/${s.id}`, {
      token: shared.ws.editToken,
      body: { name: 'Renamed' },
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body.name).toBe('Renamed');

    const raw = rawClient(`${shared.server.wsUrl}/${shared.ws.id}/${s.id}?token=${shared.ws.editToken}`);
    await raw.opened;
    await waitFor(() => raw.frames.length > 0, 'the socket to join');
    const del = await api(shared.server, 'DELETE', `${base()}/scenarios/${s.id}`, {
      token: shared.ws.editToken,
    });
    expect(del.status).toBe(204);
    expect(await raw.closed).toEqual({ code: 4404, reason: 'scenario deleted' });
    const list = await api(shared.server, 'GET', base(), { token: shared.ws.editToken });
    expect(list.body.scenarios.map((x: { id: string }) => x.id)).not.toContain(s.id);
    expect(
      (
        await api(shared.server, 'GET', `${base()}/scenarios/${s.id}/export.json`, {
          token: shared.ws.editToken,
        })
      ).status,
    ).toBe(404);
    expect(
      (await api(shared.server, 'DELETE', `${base()}/scenarios/${s.id}`, { token: shared.ws.editToken }))
        .status,
    ).toBe(404);
  });
});
