import { useCallback, useEffect, useState } from 'react';
import { type Design, readDesign } from '@orgcanvas/model';
import { readStored, writeStored } from '../app/useLocalValue';
import type { ScenarioConnection } from '../connection';
import { peerFromState } from '../presence/awarenessState';
import type { EditorSession } from '../session';
import {
  type FieldWrite,
  type LostWrite,
  type OverwriteNotice,
  OverwriteWatch,
  parseFieldWrites,
  noticeKey,
  parseLostWrites,
  readField,
} from './overwrites';

/** How long published offline writes and lost values stay in presence for the others to match. */
const PUBLISH_MS = 3 * 60_000;

/** The presence field both sides of an overwrite meet in. */
const FIELD = 'overwrites';

interface Published {
  readonly offline: readonly FieldWrite[];
  readonly lost: readonly LostWrite[];
  /** Overwrites this person's value won: lets the one who lost see who they lost to. */
  readonly kept: readonly LostWrite[];
}

const NOTHING: Published = { offline: [], lost: [], kept: [] };

const asLostWrite = ({ ref, lost, kept }: OverwriteNotice): LostWrite => ({ ref, lost, kept });

/**
 * Finds, for both people, where a rename made offline and a concurrent rename of the same field met
 * and one of them was lost (see `OverwriteWatch`). Offline writes and lost values travel through
 * awareness (presence, never the doc). A notice disappears once the field holds the lost value again.
 */
export function useOverwriteNotices(
  session: EditorSession,
  connection: ScenarioConnection,
): { notices: readonly OverwriteNotice[]; dismiss(key: string): void } {
  const [notices, setNotices] = useState<readonly OverwriteNotice[]>([]);

  useEffect(() => {
    const { doc, awareness } = connection;
    const watch = new OverwriteWatch();
    // Offline writes outlive a reload made while offline, like the edits themselves (IndexedDB).
    const storageKey = `orgcanvas.offlineWrites.${connection.room}`;
    watch.restoreOffline(parseStoredWrites(readStored(storageKey)));
    const remember = () => {
      const writes = watch.offlineWrites();
      writeStored(storageKey, writes.length ? JSON.stringify(writes) : null);
    };
    const seen = new Set<string>();
    let before: Design = readDesign(doc);
    let published: Published = NOTHING;
    let clearTimer: ReturnType<typeof setTimeout> | null = null;

    const publish = (next: Published) => {
      published = next;
      awareness.setLocalStateField(FIELD, published);
      if (clearTimer) clearTimeout(clearTimer);
      clearTimer = setTimeout(() => {
        published = NOTHING;
        awareness.setLocalStateField(FIELD, null);
      }, PUBLISH_MS);
    };
    const show = (found: readonly OverwriteNotice[]) => {
      const fresh = found.filter((notice) => !seen.has(notice.key));
      if (fresh.length === 0) return;
      for (const notice of fresh) seen.add(notice.key);
      setNotices((all) => [...all, ...fresh]);
      publish({
        ...published,
        lost: [...published.lost, ...fresh.filter((n) => n.mine === 'lost').map(asLostWrite)],
        kept: [...published.kept, ...fresh.filter((n) => n.mine === 'kept').map(asLostWrite)],
      });
    };
    /** Names the other person on notices found without a name, once they say their value was kept. */
    const nameWinners = (name: string, kept: readonly LostWrite[]) => {
      const keys = new Set(kept.map((entry) => noticeKey(entry.ref, entry.lost, entry.kept)));
      if (keys.size === 0) return;
      const unnamed = (notice: OverwriteNotice) => notice.other === null && keys.has(notice.key);
      setNotices((all) =>
        all.some(unnamed)
          ? all.map((notice) => (unnamed(notice) ? { ...notice, other: name } : notice))
          : all,
      );
    };
    const checkPeers = (current: Design) => {
      for (const [clientId, state] of awareness.getStates()) {
        if (clientId === awareness.clientID) continue;
        const shared = (state as Record<string, unknown> | null)?.[FIELD] as Record<string, unknown> | null;
        if (!shared) continue;
        const name = peerFromState(clientId, state)?.name ?? null;
        const found = watch.fromPeer(
          {
            clientId,
            name: name ?? '',
            offlineWrites: parseFieldWrites(shared.offline),
            lost: parseLostWrites(shared.lost),
          },
          current,
        );
        show(name === null ? found.map((notice) => ({ ...notice, other: null })) : found);
        if (name !== null) nameWinners(name, parseLostWrites(shared.kept));
      }
    };
    const isOffline = () => {
      const status = connection.getState().status;
      return status === 'offline' || status === 'connecting';
    };
    const settle = () => {
      const writes = watch.offlineWrites();
      if (connection.getState().status !== 'online' || writes.length === 0) return;
      const found = watch.settleOffline(readDesign(doc));
      remember();
      publish({ ...published, offline: [...published.offline, ...writes] });
      show(found);
    };
    const onUpdate = (_update: Uint8Array, origin: unknown) => {
      const after = readDesign(doc);
      if (after === before) return;
      if (origin === session.origin || origin === session.undoManager) {
        watch.noteLocalChange(before, after, isOffline());
        remember();
      } else {
        watch.noteRemoteChange(before, after);
        checkPeers(after);
      }
      before = after;
      // A notice is done once the field holds the lost value again (restored, here or there).
      setNotices((all) => {
        const open = all.filter((notice) => {
          const now = readField(after, notice.ref);
          return now !== null && now !== notice.lost;
        });
        return open.length === all.length ? all : open;
      });
    };
    const onAwareness = () => checkPeers(readDesign(doc));

    doc.on('update', onUpdate);
    awareness.on('change', onAwareness);
    const stopConnection = connection.subscribe(settle);
    settle();
    return () => {
      doc.off('update', onUpdate);
      awareness.off('change', onAwareness);
      stopConnection();
      if (clearTimer) clearTimeout(clearTimer);
    };
  }, [session, connection]);

  const dismiss = useCallback(
    (key: string) => setNotices((all) => all.filter((notice) => notice.key !== key)),
    [],
  );
  return { notices, dismiss };
}

function parseStoredWrites(saved: string | null): FieldWrite[] {
  if (!saved) return [];
  try {
    return parseFieldWrites(JSON.parse(saved));
  } catch {
    return [];
  }
}
