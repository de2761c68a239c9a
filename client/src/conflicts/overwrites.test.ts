import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { type Design, readDesign } from '@orgcanvas/model';
import { sampleDoc } from '../test/fixtures';
import { EditorSession } from '../session/session';
import { OverwriteWatch, parseFieldWrites, parseLostWrites } from './overwrites';

/** One person: a replica of the doc, their session and their watch, fed as the hook feeds it. */
function person(doc: Y.Doc, userId: string, offline: () => boolean) {
  const session = new EditorSession(doc, { userId, readOnly: false });
  const watch = new OverwriteWatch();
  let before: Design = readDesign(doc);
  doc.on('update', (_update: Uint8Array, origin: unknown) => {
    const after = readDesign(doc);
    if (origin === session.origin) watch.noteLocalChange(before, after, offline());
    else watch.noteRemoteChange(before, after);
    before = after;
  });
  return { doc, session, watch, design: () => readDesign(doc) };
}

/** Yjs keeps one of two concurrent values by client id; choosing the ids chooses who wins. */
function world(aliceClient = 1001, bobClient = 1002) {
  const a = sampleDoc();
  const b = new Y.Doc();
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a), 'server');
  a.clientID = aliceClient;
  b.clientID = bobClient;
  let aliceOffline = false;
  const alice = person(a, 'alice', () => aliceOffline);
  const bob = person(b, 'bob', () => false);
  return {
    alice,
    bob,
    goOffline: () => (aliceOffline = true),
    /** Alice reconnects: she gets Bob's updates, then hers reach Bob (as y-websocket syncs). */
    reconnect: () => {
      Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)), 'server');
      Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)), 'server');
      aliceOffline = false;
    },
  };
}

const title = (design: Design, id: string) => design.roles.find((role) => role.id === id)?.title;

describe('an offline rename overwritten by a concurrent one', () => {
  const outcomes: string[] = [];
  it.each([
    [1001, 1002],
    [1002, 1001],
  ])('tells both people which value lost (Alice client %i, Bob client %i)', (aliceClient, bobClient) => {
    const { alice, bob, goOffline, reconnect } = world(aliceClient, bobClient);
    goOffline();
    alice.session.apply({ type: 'role.update', id: 'cfo', patch: { title: 'Offline title' } });
    bob.session.apply({ type: 'role.update', id: 'cfo', patch: { title: 'Online title' } });
    reconnect();
    const kept = title(alice.design(), 'cfo');
    expect(kept).toBe(title(bob.design(), 'cfo'));
    const lost = kept === 'Offline title' ? 'Online title' : 'Offline title';
    outcomes.push(lost);

    // Alice's edits are confirmed: she checks hers and publishes them.
    const published = alice.watch.offlineWrites();
    const aliceOwn = alice.watch.settleOffline(alice.design());
    // Bob reads what Alice published.
    const bobFromAlice = bob.watch.fromPeer(
      {
        clientId: 1,
        name: 'Alice',
        offlineWrites: parseFieldWrites(JSON.parse(JSON.stringify(published))),
        lost: [],
      },
      bob.design(),
    );
    // Whoever lost publishes it; the other one reads it.
    const losses = [...aliceOwn, ...bobFromAlice].map(({ ref, lost: value, kept: held }) => ({
      ref,
      lost: value,
      kept: held,
    }));
    const aliceFromBob = alice.watch.fromPeer(
      {
        clientId: 2,
        name: 'Bob',
        offlineWrites: [],
        lost: parseLostWrites(bobFromAlice.length ? losses : []),
      },
      alice.design(),
    );
    const bobFromAliceLoss = bob.watch.fromPeer(
      { clientId: 1, name: 'Alice', offlineWrites: [], lost: parseLostWrites(aliceOwn.length ? losses : []) },
      bob.design(),
    );

    const aliceTold = [...aliceOwn, ...aliceFromBob];
    const bobTold = [...bobFromAlice, ...bobFromAliceLoss];
    expect(aliceTold).toHaveLength(1);
    expect(bobTold).toHaveLength(1);
    expect(aliceTold[0]).toMatchObject({ lost, kept, mine: lost === 'Offline title' ? 'lost' : 'kept' });
    expect(bobTold[0]).toMatchObject({ lost, kept, mine: lost === 'Online title' ? 'lost' : 'kept' });
    // The same overwrite, under the same key on both screens.
    expect(aliceTold[0]!.key).toBe(bobTold[0]!.key);
  });

  it('covered both outcomes: the offline value lost once and the online value lost once', () => {
    expect([...outcomes].sort()).toEqual(['Offline title', 'Online title']);
  });

  it('says nothing when the other person renamed after seeing the offline rename', () => {
    const { alice, bob, goOffline, reconnect } = world();
    goOffline();
    alice.session.apply({ type: 'role.update', id: 'cfo', patch: { title: 'Offline title' } });
    reconnect();
    expect(alice.watch.settleOffline(alice.design())).toEqual([]);
    bob.session.apply({ type: 'role.update', id: 'cfo', patch: { title: 'Later title' } });
    Y.applyUpdate(alice.doc, Y.encodeStateAsUpdate(bob.doc, Y.encodeStateVector(alice.doc)), 'server');
    expect(title(alice.design(), 'cfo')).toBe('Later title');
    expect(
      alice.watch.fromPeer({ clientId: 2, name: 'Bob', offlineWrites: [], lost: [] }, alice.design()),
    ).toEqual([]);
  });

  it('says nothing when offline and online edits touched different fields', () => {
    const { alice, bob, goOffline, reconnect } = world();
    goOffline();
    alice.session.apply({ type: 'role.update', id: 'cfo', patch: { title: 'Offline title' } });
    bob.session.apply({ type: 'role.update', id: 'coo', patch: { title: 'Online title' } });
    reconnect();
    const published = alice.watch.offlineWrites();
    expect(alice.watch.settleOffline(alice.design())).toEqual([]);
    expect(
      bob.watch.fromPeer({ clientId: 1, name: 'Alice', offlineWrites: published, lost: [] }, bob.design()),
    ).toEqual([]);
  });

  it('reads only well-formed published writes from a peer', () => {
    expect(
      parseFieldWrites([
        { ref: { kind: 'role', id: 'cfo', field: 'title' }, value: 'x', base: 'y' },
        { ref: { kind: 'role', id: 'cfo', field: 'pay' }, value: 'x', base: 'y' },
        { ref: { kind: 'unit', id: 3, field: 'name' }, value: 'x', base: 'y' },
        null,
      ]),
    ).toEqual([{ ref: { kind: 'role', id: 'cfo', field: 'title' }, value: 'x', base: 'y' }]);
    expect(parseLostWrites('junk')).toEqual([]);
  });
});
