import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { peerFromState, peersOf } from './awarenessState';
import { colourFor } from './identity';
import { throttle } from './throttle';

describe('peers from awareness', () => {
  it('reads a well-formed state and drops junk fields', () => {
    const peer = peerFromState(7, {
      user: { name: 'Li', color: '#123abc', viewer: true },
      pointer: { x: 1, y: 2 },
      selection: ['a', 3, 'b'],
      editingRoleId: 'a',
      viewport: { centre: { x: 0, y: 0 }, scale: 2 },
    });
    expect(peer).toMatchObject({
      clientId: 7,
      name: 'Li',
      color: '#123abc',
      viewer: true,
      pointer: { x: 1, y: 2 },
    });
    expect(peer?.selection).toEqual(['a', 'b']);
    expect(peer?.viewport).toEqual({ centre: { x: 0, y: 0 }, scale: 2 });
    expect(peerFromState(1, { user: { name: 'x', color: 'red;}' } })?.color).toBe('#868e96');
    expect(peerFromState(1, { pointer: { x: 1, y: 1 } })).toBeNull();
  });

  it('leaves oneself out', () => {
    const states = new Map<number, unknown>([
      [1, { user: { name: 'me', color: '#000000' } }],
      [2, { user: { name: 'you', color: '#000000' } }],
    ]);
    expect(peersOf(states, 1).map((peer) => peer.name)).toEqual(['you']);
  });

  it('gives each person a colour that follows their persisted id, not the connection', () => {
    expect(colourFor('user-k3j9x2ab')).toBe(colourFor('user-k3j9x2ab'));
    const ids = Array.from({ length: 40 }, (_, index) => `user-${index.toString(36)}x`);
    // Ids differ in one character; their colours still spread over the palette.
    expect(new Set(ids.map(colourFor)).size).toBeGreaterThan(5);
  });
});

describe('throttle', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends the first call at once and the last one after the interval', () => {
    const sent: number[] = [];
    const send = throttle((value: number) => sent.push(value), 100);
    send(1);
    send(2);
    send(3);
    expect(sent).toEqual([1]);
    vi.advanceTimersByTime(100);
    expect(sent).toEqual([1, 3]);
  });
});
