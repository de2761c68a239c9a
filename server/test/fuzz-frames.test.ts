import type { WebsocketProvider } from 'y-websocket';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import { type Client, rawClient, stockClient, synced } from './support/clients.js';
import { openRoom, sleep, startTestServer, type TestServer, waitFor } from './support/server.js';

/** A small seeded generator, so a failing run can be replayed with the seed it prints. */
function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function validUpdate(rand: () => number): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap('roles').set(`k${Math.floor(rand() * 1000)}`, { title: 'x'.repeat(Math.floor(rand() * 20)) });
  doc.getText('notes').insert(0, 'abc');
  doc.getArray('list').push([1, 'two', { three: 3 }]);
  return Y.encodeStateAsUpdate(doc);
}

/** Random frames, most shaped like protocol messages so they get past the first byte. */
function randomFrame(rand: () => number): Uint8Array | string {
  const bytes = (n: number) => Uint8Array.from({ length: n }, () => Math.floor(rand() * 256));
  const encoder = encoding.createEncoder();
  switch (Math.floor(rand() * 8)) {
    case 0:
      return bytes(Math.floor(rand() * 64));
    case 1:
      return 'not binary';
    case 2: // a sync message of any step with garbage payload
      encoding.writeVarUint(encoder, 0);
      encoding.writeVarUint(encoder, Math.floor(rand() * 4));
      encoding.writeVarUint8Array(encoder, bytes(Math.floor(rand() * 64)));
      break;
    case 3: // a real update with bytes flipped
    case 4: {
      const update = validUpdate(rand);
      for (let i = 0; i < 1 + Math.floor(rand() * 4); i++) {
        update[Math.floor(rand() * update.length)] = Math.floor(rand() * 256);
      }
      encoding.writeVarUint(encoder, 0);
      encoding.writeVarUint(encoder, 2);
      encoding.writeVarUint8Array(encoder, update);
      break;
    }
    case 5: // a real update cut short
      encoding.writeVarUint(encoder, 0);
      encoding.writeVarUint(encoder, 1);
      encoding.writeVarUint8Array(encoder, validUpdate(rand).slice(0, 5 + Math.floor(rand() * 20)));
      break;
    case 6: // awareness garbage
      encoding.writeVarUint(encoder, 1);
      encoding.writeVarUint8Array(encoder, bytes(Math.floor(rand() * 40)));
      break;
    default: // a known type with trailing bytes, or an unknown type
      encoding.writeVarUint(encoder, rand() < 0.5 ? 3 : 4 + Math.floor(rand() * 100));
      encoding.writeUint8Array(encoder, bytes(Math.floor(rand() * 8)));
  }
  return encoding.toUint8Array(encoder);
}

let server: TestServer;
const clients: Client[] = [];
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  clients.forEach((c) => c.destroy());
  await server.close();
});

describe('fuzzed frames', () => {
  // A fixed default, so every run tests the same frames and a failure reproduces; FUZZ_SEED=<n>
  // explores others (the seed is in the test's name, so a failing one is printed).
  const seed = Number(process.env.FUZZ_SEED ?? 15_042);

  it(`leave the server and the other editors unaffected (seed ${seed})`, async () => {
    const rand = mulberry32(seed);
    const { workspace, room } = await openRoom(server);
    const [a, b] = [
      stockClient('v3', server.wsUrl, room, workspace.editToken),
      stockClient('v2', server.wsUrl, room, workspace.editToken),
    ];
    clients.push(a, b);
    await Promise.all([synced(a), synced(b)]);
    a.doc.getMap('roles').set('before', 'kept');
    await waitFor(() => b.doc.getMap('roles').get('before') === 'kept', 'the first edit');
    const disconnects: string[] = [];
    for (const c of [a, b])
      (c.provider as WebsocketProvider).on(
        'status',
        ({ status }: { status: string }) => status === 'disconnected' && disconnects.push(status),
      );

    const url = `${server.wsUrl}/${room}?token=${workspace.editToken}`;
    const closeCodes = new Map<number, number>();
    for (let batch = 0; batch < 8; batch++) {
      await Promise.all(
        Array.from({ length: 8 }, async () => {
          const raw = rawClient(url);
          await raw.opened;
          for (let i = 0; i < 1 + Math.floor(rand() * 4); i++) raw.send(randomFrame(rand));
          const closed = await Promise.race([raw.closed, sleep(300).then(() => null)]);
          if (closed) closeCodes.set(closed.code, (closeCodes.get(closed.code) ?? 0) + 1);
          else raw.socket.terminate();
        }),
      );
      a.doc.getMap('roles').set(`during-${batch}`, batch);
    }

    // Garbage closes its sender with a protocol close code, never anything server-wide.
    expect([...closeCodes.keys()].every((code) => code === 4400 || code === 1002 || code === 1007)).toBe(
      true,
    );
    expect(closeCodes.get(4400) ?? 0).toBeGreaterThan(10);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    await waitFor(
      () => b.doc.getMap('roles').get('during-7') === 7,
      'edits made during the fuzzing to reach B',
    );
    b.doc.getMap('roles').set('after', 'b');
    await waitFor(() => a.doc.getMap('roles').get('after') === 'b', 'B’s edit to reach A');
    expect(disconnects).toEqual([]);

    const fresh = stockClient('v3', server.wsUrl, room, workspace.editToken);
    clients.push(fresh);
    await synced(fresh);
    expect(fresh.doc.getMap('roles').get('before')).toBe('kept');
    expect(fresh.doc.getMap('roles').get('during-3')).toBe(3);
  });
});
