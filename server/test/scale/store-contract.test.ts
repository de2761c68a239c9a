import Database from 'better-sqlite3';
import path from 'node:path';
import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log.js';
import {
  DataDirInUseError,
  PostgresStore,
  SqliteStore,
  foldParts,
  partsOf,
  type ScenarioRecord,
  type Store,
  type StoredDocument,
  type VersionRecord,
  type WorkspaceRecord,
} from '../../src/store/index.js';
import { tempDir } from '../support/server.js';
import { freshDatabase, sql } from './support/services-client.js';

/**
 * One contract, two stores. Every promise of `Store` (src/store/types.ts) is asserted on the embedded
 * SQLite store and on PostgreSQL alike, with real files and a real database.
 */
interface Place {
  /** Opens a store on this place's data (the same data every time: a restart). */
  open(): Promise<Store>;
}

const log = createLogger('silent');
const opened: Store[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((store) => store.close().catch(() => undefined)));
});

const kinds: [string, () => Promise<Place>][] = [
  [
    'SQLite',
    async () => {
      const dir = tempDir();
      return { open: async () => SqliteStore.open(dir) };
    },
  ],
  [
    'PostgreSQL',
    async () => {
      const url = await freshDatabase();
      return { open: () => PostgresStore.open(url, log) };
    },
  ],
];

async function openIn(place: Place): Promise<Store> {
  const store = await place.open();
  opened.push(store);
  return store;
}

async function restart(place: Place, store: Store): Promise<Store> {
  await store.close();
  opened.splice(opened.indexOf(store), 1);
  return openIn(place);
}

let counter = 0;
const id = (prefix: string) => `${prefix}${Date.now().toString(36)}${(counter++).toString(36)}`;

function workspace(): WorkspaceRecord {
  return {
    id: id('w'),
    name: '杭州电商',
    editTokenHash: 'e'.repeat(64),
    viewTokenHash: 'v'.repeat(64),
    createdAt: 1_700_000_000_000,
  };
}

function scenario(workspaceId: string, at = 1_700_000_000_000, name = 'Plan A'): ScenarioRecord {
  return {
    id: id('s'),
    workspaceId,
    name,
    basedOn: { kind: 'template', id: 'ecommerce' },
    createdAt: at,
    updatedAt: at,
  };
}

/** An update from a writer of its own (no dependency on any other update) setting one role. */
function roleUpdate(key: string, value: string = key): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap('roles').set(key, value);
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}

function rolesOf(stored: StoredDocument): Record<string, unknown> {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, foldParts(partsOf(stored)));
  const roles = doc.getMap('roles').toJSON();
  doc.destroy();
  return roles;
}

async function withScenario(store: Store, initial: Uint8Array = roleUpdate('ceo', 'CEO')) {
  const w = workspace();
  await store.createWorkspace(w);
  const s = scenario(w.id);
  await store.createScenario(s, initial);
  return { w, s };
}

describe.each(kinds)('the %s store', (_name, makePlace) => {
  it('keeps workspaces and finds them by id', async () => {
    const store = await openIn(await makePlace());
    const w = workspace();
    await store.createWorkspace(w);
    expect(await store.getWorkspace(w.id)).toEqual(w);
    expect(await store.getWorkspace('nope')).toBeUndefined();
    await expect(store.createWorkspace(w)).rejects.toThrow();
    await expect(store.ping()).resolves.toBeUndefined();
  });

  it('replaces a workspace’s links, keeping the old hashes to recognise them, and counts its bytes', async () => {
    const place = await makePlace();
    const store = await openIn(place);
    const w = workspace();
    await store.createWorkspace(w);
    expect(await store.workspaceBytes(w.id)).toBe(0);
    const s = scenario(w.id);
    await store.createScenario(s, new Uint8Array(100));
    await store.append(s.id, new Uint8Array(30), 1);
    expect(await store.workspaceBytes(w.id)).toBe(130);
    const links = {
      editTokenHash: 'a'.repeat(64),
      viewTokenHash: 'b'.repeat(64),
      expiresAt: 1_800_000_000_000,
    };
    expect(await store.replaceLinks(w.id, links)).toBe(true);
    expect(await store.replaceLinks('nope', links)).toBe(false);
    const again = await restart(place, store);
    expect(await again.getWorkspace(w.id)).toEqual({
      ...w,
      editTokenHash: links.editTokenHash,
      viewTokenHash: links.viewTokenHash,
      replacedEditTokenHash: w.editTokenHash,
      replacedViewTokenHash: w.viewTokenHash,
      linksExpireAt: links.expiresAt,
    });
  });

  it('keeps scenarios per workspace, lists them oldest first, renames and deletes them', async () => {
    const store = await openIn(await makePlace());
    const w = workspace();
    const other = workspace();
    await store.createWorkspace(w);
    await store.createWorkspace(other);
    const second = scenario(w.id, 2_000, 'Plan B');
    const first = { ...scenario(w.id, 1_000, '方案一'), basedOn: null };
    await store.createScenario(second, roleUpdate('b'));
    await store.createScenario(first, roleUpdate('a'));
    await store.createScenario(scenario(other.id), roleUpdate('x'));

    expect((await store.listScenarios(w.id)).map((s) => s.name)).toEqual(['方案一', 'Plan B']);
    expect(await store.getScenario(w.id, first.id)).toEqual(first);
    expect(await store.getScenario(other.id, first.id)).toBeUndefined();

    const renamed = await store.renameScenario(w.id, second.id, '方案二', 5_000);
    expect(renamed).toEqual({ ...second, name: '方案二', updatedAt: 5_000 });
    expect(await store.renameScenario(other.id, second.id, 'stolen', 6_000)).toBeUndefined();

    await store.append(second.id, roleUpdate('c'), 7_000);
    await store.snapshot(
      { id: id('v'), scenarioId: second.id, createdAt: 7_000, label: '', author: '', auto: true },
      roleUpdate('c'),
    );
    expect(await store.deleteScenario(other.id, second.id)).toBe(false);
    expect(await store.deleteScenario(w.id, second.id)).toBe(true);
    expect(await store.getScenario(w.id, second.id)).toBeUndefined();
    expect(await store.listVersions(second.id)).toEqual([]);
    expect((await store.load(second.id)).updates).toEqual([]);
    expect(await store.deleteScenario(w.id, second.id)).toBe(false);
    expect((await store.listScenarios(w.id)).map((s) => s.id)).toEqual([first.id]);
  });

  it('appends updates in order after the first state and reports what is stored', async () => {
    const store = await openIn(await makePlace());
    const { w, s } = await withScenario(store);
    const updates = ['r1', 'r2', 'r3'].map((k) => roleUpdate(k));
    const seqs = [];
    for (const [i, update] of updates.entries())
      seqs.push(await store.append(s.id, update, 2_000_000_000_000 + i));
    expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);
    expect(new Set(seqs).size).toBe(3);

    const stored = await store.load(s.id);
    expect(stored.updates.map((u) => [...u])).toEqual(updates.map((u) => [...u]));
    expect(stored.bytes).toBe(
      (stored.snapshot?.byteLength ?? 0) + updates.reduce((n, u) => n + u.byteLength, 0),
    );
    expect(Object.keys(rolesOf(stored)).sort()).toEqual(['ceo', 'r1', 'r2', 'r3']);
    expect((await store.getScenario(w.id, s.id))?.updatedAt).toBe(2_000_000_000_002);
  });

  it('compacts the log into the snapshot, keeping the document as it was', async () => {
    const store = await openIn(await makePlace());
    const { s } = await withScenario(store);
    for (let i = 0; i < 10; i++) await store.append(s.id, roleUpdate(`r${i}`, `角色 ${i}`), 1);
    const before = rolesOf(await store.load(s.id));

    const compacted = await store.compact(s.id);
    expect(compacted.folded).toBe(10);
    const after = await store.load(s.id);
    expect(after.updates).toEqual([]);
    expect(after.bytes).toBe(compacted.bytes);
    expect(after.bytes).toBe(after.snapshot?.byteLength);
    expect(rolesOf(after)).toEqual(before);
    expect((await store.compact(s.id)).folded).toBe(0);

    await store.append(s.id, roleUpdate('late'), 2);
    expect(Object.keys(rolesOf(await store.load(s.id)))).toContain('late');
  });

  it('keeps every update appended while compactions run, and no reader ever sees one missing', async () => {
    const store = await openIn(await makePlace());
    const { s } = await withScenario(store);
    const appended: string[] = [];
    const problems: string[] = [];
    const writes = Array.from({ length: 60 }, async (_, i) => {
      await store.append(s.id, roleUpdate(`r${i}`), i);
      appended.push(`r${i}`);
    });
    const compactions = Array.from({ length: 6 }, () => store.compact(s.id));
    // A reader that started after an append finished must see it, whatever compaction is half-way.
    const reads = Array.from({ length: 12 }, async () => {
      const expected = [...appended];
      const roles = rolesOf(await store.load(s.id));
      const missing = expected.filter((key) => !(key in roles));
      if (missing.length > 0) problems.push(`a load missed ${missing.join(', ')}`);
    });
    await Promise.all([...writes, ...compactions, ...reads]);
    await store.compact(s.id);
    expect(problems).toEqual([]);
    const roles = rolesOf(await store.load(s.id));
    expect(Object.keys(roles).length).toBe(61);
    expect(appended.every((key) => key in roles)).toBe(true);
  });

  it('keeps versions, newest first, with their state', async () => {
    const store = await openIn(await makePlace());
    const { s } = await withScenario(store);
    expect(await store.lastVersionAt(s.id)).toBeUndefined();
    const older: VersionRecord = {
      id: id('v'),
      scenarioId: s.id,
      createdAt: 1_000,
      label: '初稿',
      author: 'Alice',
      auto: false,
    };
    const newer: VersionRecord = {
      id: id('v'),
      scenarioId: s.id,
      createdAt: 2_000,
      label: '',
      author: '',
      auto: true,
    };
    await store.snapshot(older, roleUpdate('old'));
    await store.snapshot(newer, roleUpdate('new'));
    expect(await store.listVersions(s.id)).toEqual([newer, older]);
    const found = await store.getVersion(s.id, older.id);
    expect(found?.version).toEqual(older);
    expect(rolesOf({ snapshot: found!.state, updates: [], bytes: 0 })).toEqual({ old: 'old' });
    expect(await store.getVersion(s.id, 'nope')).toBeUndefined();
    expect(await store.getVersion('other', older.id)).toBeUndefined();
    expect(await store.lastVersionAt(s.id)).toBe(2_000);
  });

  it('keeps everything across a restart, compacted or not', async () => {
    const place = await makePlace();
    let store = await openIn(place);
    const { w, s } = await withScenario(store);
    const compactedOne = scenario(w.id, 1_800_000_000_000, 'compacted');
    await store.createScenario(compactedOne, roleUpdate('ceo'));
    for (let i = 0; i < 5; i++) {
      await store.append(s.id, roleUpdate(`r${i}`), 10 + i);
      await store.append(compactedOne.id, roleUpdate(`c${i}`), 10 + i);
    }
    await store.compact(compactedOne.id);
    const version: VersionRecord = {
      id: id('v'),
      scenarioId: s.id,
      createdAt: 50,
      label: 'v1',
      author: 'Bob',
      auto: false,
    };
    await store.snapshot(version, roleUpdate('kept'));

    store = await restart(place, store);
    expect(await store.getWorkspace(w.id)).toEqual(w);
    expect((await store.listScenarios(w.id)).map((x) => x.name)).toEqual(['Plan A', 'compacted']);
    expect(Object.keys(rolesOf(await store.load(s.id))).sort()).toEqual([
      'ceo',
      'r0',
      'r1',
      'r2',
      'r3',
      'r4',
    ]);
    expect(Object.keys(rolesOf(await store.load(compactedOne.id))).sort()).toEqual([
      'c0',
      'c1',
      'c2',
      'c3',
      'c4',
      'ceo',
    ]);
    expect(await store.listVersions(s.id)).toEqual([version]);
  });
});

describe('two processes on one store', () => {
  it('PostgreSQL: two stores appending to one scenario and compacting keep every update', async () => {
    const url = await freshDatabase();
    const [a, b] = await Promise.all([PostgresStore.open(url, log), PostgresStore.open(url, log)]);
    opened.push(a, b);
    const { s } = await withScenario(a);
    const write = (store: Store, who: string) =>
      Promise.all(
        Array.from({ length: 40 }, async (_, i) => {
          await store.append(s.id, roleUpdate(`${who}${i}`), i);
          if (i % 10 === 9) await store.compact(s.id);
        }),
      );
    await Promise.all([write(a, 'a'), write(b, 'b')]);
    for (const store of [a, b]) {
      const roles = rolesOf(await store.load(s.id));
      expect(Object.keys(roles).length).toBe(81);
    }
  });

  it('SQLite: a second process is refused the data folder instead of sharing it', async () => {
    const dir = tempDir();
    opened.push(SqliteStore.open(dir));
    expect(() => SqliteStore.open(dir)).toThrow(DataDirInUseError);
  });
});

describe('migrations', () => {
  it('PostgreSQL: applied once by whichever of several starting processes comes first', async () => {
    const url = await freshDatabase();
    const stores = await Promise.all(Array.from({ length: 4 }, () => PostgresStore.open(url, log)));
    opened.push(...stores);
    const rows = await sql<{ version: number; n: string }>(
      url,
      'SELECT version, COUNT(*) AS n FROM orgcanvas_migrations GROUP BY version ORDER BY version',
    );
    // Each step once (1: the tables, 2: replaceable links).
    expect(rows).toEqual([
      { version: 1, n: '1' },
      { version: 2, n: '1' },
    ]);
    // They all work on the one schema.
    const w = workspace();
    await stores[0]!.createWorkspace(w);
    expect(await stores[3]!.getWorkspace(w.id)).toEqual(w);
    await Promise.all(stores.map((store) => store.close()));
    opened.splice(0);
    opened.push(await PostgresStore.open(url, log));
    expect((await sql(url, 'SELECT * FROM orgcanvas_migrations')).length).toBe(2);
  });

  it('PostgreSQL: refuses a database written by a newer server, saying so', async () => {
    const url = await freshDatabase();
    const store = await PostgresStore.open(url, log);
    await store.close();
    await sql(url, 'INSERT INTO orgcanvas_migrations (version) VALUES (99)');
    await expect(PostgresStore.open(url, log)).rejects.toThrow(/newer OrgCanvas server/);
  });

  it('SQLite: applied once, and a newer schema is refused the same way', async () => {
    const dir = tempDir();
    const store = SqliteStore.open(dir);
    const w = workspace();
    await store.createWorkspace(w);
    await store.close();
    const again = SqliteStore.open(dir);
    opened.push(again);
    expect(await again.getWorkspace(w.id)).toEqual(w);
    await again.close();
    opened.splice(0);
    const db = new Database(path.join(dir, 'orgcanvas.sqlite'));
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    db.pragma('user_version = 99');
    db.close();
    expect(() => SqliteStore.open(dir)).toThrow(/newer OrgCanvas server/);
  });
});
