import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDesign } from '@orgcanvas/model';
import { type Client, stockClient, synced } from './support/clients.js';
import { api, createWorkspace, startTestServer, type TestServer, type Workspace } from './support/server.js';

let server: TestServer;
let ws: Workspace;
const clients: Client[] = [];
beforeAll(async () => {
  server = await startTestServer();
  ws = await createWorkspace(server, 'CSV');
});
afterAll(async () => {
  clients.forEach((c) => c.destroy());
  await server.close();
});

const post = (body: unknown) =>
  api(server, 'POST', `/api/workspaces/${ws.id}/scenarios`, { token: ws.editToken, body });
const scenarioCount = async () =>
  (await api(server, 'GET', `/api/workspaces/${ws.id}/scenarios`, { token: ws.editToken })).body.length;

describe('CSV import through the API', () => {
  it('creates a scenario from a CSV file with Chinese headers that an editor opens', async () => {
    const csv =
      '\uFEFF编号,岗位名称,直接上级,所在部门,编制人数,基本工资\r\ngm,总经理,,总经办,1,20000\r\ncs,"客服专员,售后",gm,客服部,3,4000\r\n';
    const res = await post({ name: '导入的组织', csv });
    expect(res.status).toBe(201);
    expect(res.body.basedOn).toEqual({ kind: 'import' });
    const client = stockClient('v3', server.wsUrl, `${ws.id}/${res.body.id}`, ws.editToken);
    clients.push(client);
    await synced(client);
    const design = readDesign(client.doc);
    expect(design.name).toBe('导入的组织');
    expect(design.roles.map((role) => [role.title, role.reportsTo, role.headcount])).toEqual([
      ['总经理', null, 1],
      ['客服专员,售后', 'gm', 3],
    ]);
    expect(design.units.map((unit) => unit.name)).toEqual(['总经办', '客服部']);
  });

  it('refuses a bad file with every problem’s line and column, and creates nothing', async () => {
    const before = await scenarioCount();
    const res = await post({ name: 'bad', csv: 'id,title,reportsTo\ngm,GM,\nom,Ops,boss\ncs,CS,om\n' });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid-csv');
    expect(res.body.error.details).toEqual([
      expect.objectContaining({ path: 'csv:3:3', message: expect.stringContaining('"boss"') }),
    ]);
    expect(res.body.error.messageZh).toContain('未导入');
    expect(await scenarioCount()).toBe(before);
  });

  it('takes one source only', async () => {
    const res = await post({ name: 'two', csv: 'id,title,reportsTo\na,A,\n', template: 'x' });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid-request');
  });
});
