import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { type Peer, peersOf } from './awarenessState';
import { browserUserId } from '../session';
import { colourFor } from './identity';
import { throttle } from './throttle';

/** Pointer moves and viewport changes go out at most this often (leading and trailing). */
const POINTER_MS = 60;
const VIEWPORT_MS = 150;

export interface PresenceApi {
  readonly peers: readonly Peer[];
  readonly selfColor: string;
  /** This browser's awareness client id, to place oneself among the peers. */
  readonly selfClientId: number;
  setPointer(point: { x: number; y: number } | null): void;
  setViewport(viewport: { centre: { x: number; y: number }; scale: number }): void;
}

interface Options {
  readonly name: string | null;
  readonly viewer: boolean;
  readonly selection: readonly string[];
  readonly editingRoleId: string | null;
}

/** What an awareness 'change' event names: client ids whose presence came, changed or went. */
interface AwarenessChanges {
  readonly added: readonly number[];
  readonly updated: readonly number[];
  readonly removed: readonly number[];
}

/**
 * Publishes this person's presence (name, colour, selection, what they edit, pointer, viewport) and
 * reads everyone else's. Nothing is published until the person has a name.
 */
export function usePresence(
  awareness: Awareness,
  { name, viewer, selection, editingRoleId }: Options,
): PresenceApi {
  // The client id changes on every reload; the user id this browser keeps does not.
  const [userId] = useState(browserUserId);
  const selfColor = colourFor(userId);
  const [peers, setPeers] = useState<readonly Peer[]>([]);

  useEffect(() => {
    const refresh = () => setPeers(peersOf(awareness.getStates(), awareness.clientID));
    // Our own state changes with every pan and zoom (the viewport we publish); the peers do not, and
    // a new peers array would re-render the whole editor on each of those frames.
    const onChange = (changes: AwarenessChanges) => {
      const self = awareness.clientID;
      const others = (ids: readonly number[]) => ids.some((id) => id !== self);
      if (others(changes.added) || others(changes.updated) || others(changes.removed)) refresh();
    };
    awareness.on('change', onChange);
    refresh();
    return () => awareness.off('change', onChange);
  }, [awareness]);

  useEffect(() => {
    if (name === null) return;
    awareness.setLocalStateField('user', { name, color: selfColor, viewer });
  }, [awareness, name, viewer, selfColor]);

  useEffect(() => {
    if (name === null) return;
    awareness.setLocalStateField('selection', selection.slice(0, 500));
  }, [awareness, name, selection]);

  useEffect(() => {
    if (name === null) return;
    awareness.setLocalStateField('editingRoleId', editingRoleId);
  }, [awareness, name, editingRoleId]);

  const sendPointer = useMemo(
    () =>
      throttle(
        (point: { x: number; y: number } | null) => awareness.setLocalStateField('pointer', point),
        POINTER_MS,
      ),
    [awareness],
  );
  const sendViewport = useMemo(
    () =>
      throttle(
        (viewport: { centre: { x: number; y: number }; scale: number }) =>
          awareness.setLocalStateField('viewport', viewport),
        VIEWPORT_MS,
      ),
    [awareness],
  );
  useEffect(
    () => () => {
      sendPointer.cancel();
      sendViewport.cancel();
    },
    [sendPointer, sendViewport],
  );

  const setPointer = useCallback(
    (point: { x: number; y: number } | null) => name !== null && sendPointer(point),
    [name, sendPointer],
  );
  const setViewport = useCallback(
    (viewport: { centre: { x: number; y: number }; scale: number }) =>
      name !== null && sendViewport(viewport),
    [name, sendViewport],
  );
  return { peers, selfColor, selfClientId: awareness.clientID, setPointer, setViewport };
}
