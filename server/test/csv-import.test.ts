import { describe, expect, it } from 'vitest';
import { readDesign } from '@orgcanvas/model';
import { stockClient, synced } from './support/clients.js';
import { api, sharedWorkspace } from './support/server.js';

const shared = sharedWorkspace('CSV');

const post = (body: unknown) =>
  api(shared.server, 'POST', `/api/workspaces/${shared.ws.id}/scenarios`, {
    token: shared.ws.editToken,
    body,
  });
const scenarioCount = async () =>
  (
    await api(shared.server, 'GET', `/api/workspaces/${shared.ws.id}/scenarios`, {
      token: shared.ws.editToken,
    })
  ).body.length;

describe('CSV import through the API', () => {
  it('creates a scenario from a CSV file with Chinese headers that an editor opens', async () => {
    const csv =
      '\uFEFF编号,岗位名称,直接上级,所在部门,编制人数,基本工资\r\ngm,总经理,,总经办,1,20000\r\ncs,"客服专员,售后",gm,客服部,3,4000\r\n';
    const res = await post({ name: '导入的组织', csv });
    expect(res.status).toBe(201);
    expect(res.body.basedOn).toEqual({ kind: 'import' });
    const client = stockClient(
      'v3',
      shared.server.wsUrl,
      `${shared.ws.id}/${res.body.id}`,
      shared.ws.editToken,
    );
    shared.clients.push(client);
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
