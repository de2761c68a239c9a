import { startApp } from '@orgcanvas/e2e';
import { generateOrg, toJSONValue } from '@orgcanvas/model';
import type { Figure } from '../figure.js';
import {
  type OpenScenario,
  benchServer,
  importBody,
  importScenario,
  openScenario,
  serverRssMb,
  stopServer,
} from '../server.js';
import { timedAsync } from '../stats.js';

export const serverFigures: Figure[] = [
  {
    key: 'import_ms_10000',
    what: 'JSON v1 import of 10,000 roles into a new scenario, through the API',
    goal: 1000,
    measure: async ({ runs }) => {
      const body = importBody('bench 10000', toJSONValue(generateOrg({ roles: 10_000, seed: 1 })));
      const { app, workspace } = await benchServer();
      try {
        await importScenario(app, workspace, body); // warm the server up
        const out: number[] = [];
        for (let run = 0; run < runs; run++)
          out.push(await timedAsync(() => importScenario(app, workspace, body)));
        return { runs: out };
      } finally {
        await stopServer(app);
      }
    },
  },
  {
    key: 'store_bytes_ratio_1000',
    what: 'stored size of an imported 1,000-role scenario (compacted snapshot) / its JSON v1 size',
    goal: 1.5,
    measure: async ({ runs }) => {
      const { app, workspace } = await benchServer();
      const sizes: { id: string; jsonBytes: number }[] = [];
      try {
        for (let run = 0; run < runs; run++) {
          const json = JSON.stringify(toJSONValue(generateOrg({ roles: 1000, seed: 1 + run })), null, 2);
          const id = await importScenario(app, workspace, importBody(`store ${run}`, JSON.parse(json)));
          const exported = await fetch(
            `${app.url}/api/workspaces/${workspace.id}/scenarios/${id}/export.json?token=${workspace.editToken}`,
          );
          sizes.push({ id, jsonBytes: Buffer.byteLength(await exported.text()) });
        }
      } finally {
        // The server holds the database locked while it runs: read it once it has stopped.
        await app.stop();
      }
      try {
        const out: number[] = [];
        for (const { id, jsonBytes } of sizes) out.push((await storedBytes(app.dataDir, id)) / jsonBytes);
        return { runs: out };
      } finally {
        app.dispose();
      }
    },
  },
  {
    key: 'server_rss_mb_100x1000',
    what: 'server resident memory with 100 open 1,000-role scenarios (a client in each)',
    goal: 300,
    measure: async ({ runs, progress }) => {
      const body = importBody('rss', toJSONValue(generateOrg({ roles: 1000, seed: 1 })));
      // The hundred scenarios are imported once; each run is a fresh server process on that data
      // folder that has them all open, so a run measures the server holding them, not its history.
      const started = await benchServer();
      const { workspace } = started;
      let app = started.app;
      const ids: string[] = [];
      const out: number[] = [];
      try {
        const start = performance.now();
        for (let i = 0; i < 100; i++) {
          ids.push(
            await importScenario(app, workspace, body).catch((error: unknown) => {
              throw new Error(
                `import ${i + 1} of 100: ${String(error)}; server said: ${app.output().slice(-400)}`,
              );
            }),
          );
        }
        progress(`  100 scenarios imported in ${((performance.now() - start) / 1000).toFixed(0)} s`);
        for (let run = 0; run < runs; run++) {
          await app.stop();
          // A new port each time: another process on this machine may have taken the old one meanwhile.
          app = await startApp({ dataDir: app.dataDir });
          const opened = performance.now();
          const clients: OpenScenario[] = [];
          try {
            // Ten at a time: the server loads one room after another anyway.
            for (let i = 0; i < ids.length; i += 10) {
              clients.push(
                ...(await Promise.all(
                  ids
                    .slice(i, i + 10)
                    .map((id) => openScenario(app, `${workspace.id}/${id}`, workspace.editToken)),
                )),
              );
            }
            const openSeconds = (performance.now() - opened) / 1000;
            await new Promise((wait) => setTimeout(wait, 2000));
            const rss = serverRssMb(app);
            progress(`  run ${run + 1}: ${rss.toFixed(0)} MB (100 opened in ${openSeconds.toFixed(0)} s)`);
            out.push(rss);
          } finally {
            for (const client of clients) client.close();
          }
        }
        return { runs: out };
      } finally {
        await stopServer(app);
      }
    },
  },
];

/** Bytes the store holds for a scenario: its snapshot and any update log, read from the SQLite file. */
async function storedBytes(dataDir: string, scenarioId: string): Promise<number> {
  const { default: Database } = await import('better-sqlite3');
  const { readdirSync } = await import('node:fs');
  const file = readdirSync(dataDir).find((name) => name.endsWith('.db') || name.endsWith('.sqlite'));
  if (!file) throw new Error(`no SQLite file in ${dataDir}`);
  const db = new Database(`${dataDir}/${file}`, { readonly: true, fileMustExist: true });
  try {
    const snapshot = db
      .prepare('SELECT length(snapshot) AS n FROM scenarios WHERE id = ?')
      .get(scenarioId) as { n: number | null };
    const log = db
      .prepare('SELECT coalesce(sum(length(data)), 0) AS n FROM updates WHERE scenario_id = ?')
      .get(scenarioId) as { n: number };
    return (snapshot.n ?? 0) + log.n;
  } finally {
    db.close();
  }
}
