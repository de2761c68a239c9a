import Database from 'better-sqlite3';
import path from 'node:path';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { readDesign } from '@orgcanvas/model';
import { LEGACY_SCHEMA_1_UPDATE } from '../../packages/model/src/doc/legacySchema1.fixture.js';
import { stockClient, synced } from './support/clients.js';
import { closedAfterEach, openRoom, startTestServer, waitFor } from './support/server.js';

const { clients, servers } = closedAfterEach();

const updateCount = (dataDir: string): number => {
  const db = new Database(path.join(dataDir, 'orgcanvas.sqlite'), { readonly: true });
  try {
    return (db.prepare('SELECT COUNT(*) AS n FROM updates').get() as { n: number }).n;
  } finally {
    db.close();
  }
};

describe('a document stored by the previous model schema', () => {
  it('is migrated once when its room loads, and reads exactly as before', async () => {
    const first = await startTestServer();
    const { workspace, room } = await openRoom(first);
    const legacy = Buffer.from(LEGACY_SCHEMA_1_UPDATE, 'base64');
    const writer = stockClient('v3', first.wsUrl, room, workspace.editToken);
    clients.push(writer);
    await synced(writer);
    Y.applyUpdate(writer.doc, legacy);
    const expected = readDesign(writer.doc);
    // The room stores an update before it sends it on: once another client has it, it is durable.
    const observer = stockClient('v3', first.wsUrl, room, workspace.editToken);
    clients.push(observer);
    await waitFor(
      () => observer.doc.getMap('roles').has('os'),
      'the old-shape update to reach another client',
    );
    clients.splice(0).forEach((client) => client.destroy());
    await first.close();

    const second = await startTestServer({ dataDir: first.dataDir });
    servers.push(second);
    const reader = stockClient('v3', second.wsUrl, room, workspace.editToken);
    clients.push(reader);
    await synced(reader);
    await waitFor(() => readDesign(reader.doc).roles.length === expected.roles.length, 'the document');
    const os = reader.doc.getMap('roles').get('os') as Y.Map<unknown>;
    expect(os.get('responsibilities')).toBeInstanceOf(Y.Map);
    expect(os.get('externalParties')).toBeInstanceOf(Y.Map);
    expect(readDesign(reader.doc)).toEqual(expected);
    clients.splice(0).forEach((client) => client.destroy());
    await second.close();
    servers.splice(0);
    const afterMigration = updateCount(first.dataDir);

    const third = await startTestServer({ dataDir: first.dataDir });
    servers.push(third);
    const again = stockClient('v3', third.wsUrl, room, workspace.editToken);
    clients.push(again);
    await synced(again);
    await waitFor(() => readDesign(again.doc).roles.length === expected.roles.length, 'the document');
    expect(readDesign(again.doc)).toEqual(expected);
    clients.splice(0).forEach((client) => client.destroy());
    await third.close();
    servers.splice(0);
    // Loading it again found nothing to migrate, so it stored nothing.
    expect(updateCount(first.dataDir)).toBe(afterMigration);
  });
});
