import { describe, expect, it } from 'vitest';
import { generateOrg, headcountOf, personnelCost, readDesign, toJSONValue } from '@orgcanvas/model';
import type { ScenarioSummary } from '@orgcanvas/protocol';
import { stockClient, synced } from './support/clients.js';
import { api, sharedWorkspace } from './support/server.js';

const shared = sharedWorkspace('Figures');

/** What the list shows for a scenario, and what a person who opens it would count themselves. */
async function listedAndOpened(id: string) {
  const list = await api(shared.server, 'GET', `/api/workspaces/${shared.ws.id}/scenarios`, {
    token: shared.ws.editToken,
  });
  const listed = (list.body as ScenarioSummary[]).find((entry) => entry.id === id);
  const client = stockClient('v3', shared.server.wsUrl, `${shared.ws.id}/${id}`, shared.ws.editToken);
  shared.clients.push(client);
  await synced(client);
  const design = readDesign(client.doc);
  const { roles, headcount } = headcountOf(design);
  const cost = personnelCost(design);
  return {
    listed: listed?.figures,
    opened: { roles, headcount, cost: cost.total, costIncomplete: cost.incomplete },
  };
}

describe('the scenario list right after an import', () => {
  it('shows the headcount and cost of the document that was stored', async () => {
    const design = toJSONValue(generateOrg({ roles: 300, seed: 7 }));
    const res = await api(shared.server, 'POST', `/api/workspaces/${shared.ws.id}/scenarios`, {
      token: shared.ws.editToken,
      body: { name: 'imported', design },
    });
    expect(res.status).toBe(201);
    const { listed, opened } = await listedAndOpened((res.body as ScenarioSummary).id);
    expect(opened.headcount).toBeGreaterThan(0);
    expect(listed).toEqual(opened);
  });

  it('does so for a CSV file and a template too', async () => {
    const csv = 'id,title,reportsTo,headcount,base\ngm,GM,,1,20000\ncs,CS,gm,3,4000\nop,Ops,gm,2,\n';
    const fromCsv = await api(shared.server, 'POST', `/api/workspaces/${shared.ws.id}/scenarios`, {
      token: shared.ws.editToken,
      body: { name: 'csv', csv },
    });
    expect(fromCsv.status).toBe(201);
    const csvFigures = await listedAndOpened((fromCsv.body as ScenarioSummary).id);
    expect(csvFigures.listed).toEqual(csvFigures.opened);

    const templates = await api(shared.server, 'GET', '/api/templates');
    const templateId = (templates.body as { id: string }[])[0]!.id;
    const fromTemplate = await api(shared.server, 'POST', `/api/workspaces/${shared.ws.id}/scenarios`, {
      token: shared.ws.editToken,
      body: { name: 'template', template: templateId },
    });
    expect(fromTemplate.status).toBe(201);
    const templateFigures = await listedAndOpened((fromTemplate.body as ScenarioSummary).id);
    expect(templateFigures.listed).toEqual(templateFigures.opened);
  });
});
