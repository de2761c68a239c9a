import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  api,
  createScenario,
  createWorkspace,
  startTestServer,
  type TestServer,
  waitFor,
  type Workspace,
} from './support/server.js';

let server: TestServer;
let ws: Workspace;
beforeAll(async () => {
  server = await startTestServer();
  ws = await createWorkspace(server);
});
afterAll(() => server.close());

const base = () => `/api/workspaces/${ws.id}`;

describe('the live scenario list (Server-Sent Events)', () => {
  it('sends the scenario list on connect and after every create, rename and delete', async () => {
    const controller = new AbortController();
    const res = await fetch(`${server.url}${base()}/events?token=${ws.viewToken}`, {
      signal: controller.signal,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const lists: { id: string; name: string }[][] = [];
    const reader = res.body!.getReader();
    void (async () => {
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
        if (done) return;
        buffer += new TextDecoder().decode(value);
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const event = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = /^event: scenarios\ndata: (.*)$/m.exec(event);
          if (data?.[1]) lists.push(JSON.parse(data[1]));
        }
      }
    })();
    await waitFor(() => lists.length === 1, 'the list on connect');
    const created = await createScenario(server, ws, { name: 'Live' });
    await waitFor(() => lists.at(-1)?.some((s) => s.id === created.id), 'the new scenario');
    await api(server, 'PATCH', `${base()}/scenarios/${created.id}`, {
      token: ws.editToken,
      body: { name: 'Live 2' },
    });
    await waitFor(() => lists.at(-1)?.find((s) => s.id === created.id)?.name === 'Live 2', 'the rename');
    await api(server, 'DELETE', `${base()}/scenarios/${created.id}`, { token: ws.editToken });
    await waitFor(() => lists.at(-1)?.every((s) => s.id !== created.id), 'the delete');
    controller.abort();

    expect((await fetch(`${server.url}${base()}/events`)).status).toBe(401);
  });
});
