import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ViewportInfo } from '../session';
import type { Peer } from './awarenessState';

export interface FollowApi {
  readonly following: number | null;
  readonly followedName: string | null;
  readonly viewportRequest: { centre: { x: number; y: number }; scale: number; nonce: number } | undefined;
  follow(clientId: number | null): void;
  /** Feed every canvas viewport change here: a pan or zoom by the user ends follow mode. */
  onViewportChange(viewport: ViewportInfo): void;
}

/** Follow mode: the canvas mirrors a person's viewport until this user pans or zooms. */
export function useFollow(
  peers: readonly Peer[],
  publish: (viewport: { centre: { x: number; y: number }; scale: number }) => void,
): FollowApi {
  const [following, setFollowing] = useState<number | null>(null);
  const nonce = useRef(0);
  const peer = following === null ? undefined : peers.find((candidate) => candidate.clientId === following);
  const target = peer?.viewport ?? null;
  const key = target ? `${target.centre.x},${target.centre.y},${target.scale}` : '';

  // The person left: stop following.
  useEffect(() => {
    if (following !== null && !peer) setFollowing(null);
  }, [following, peer]);

  const viewportRequest = useMemo(() => {
    if (!target) return undefined;
    nonce.current += 1;
    return { centre: target.centre, scale: target.scale, nonce: nonce.current };
    // A new request only when the followed viewport really moved.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  const onViewportChange = useCallback(
    (viewport: ViewportInfo) => {
      publish({ centre: viewport.centre, scale: viewport.scale });
      if (viewport.source === 'user') setFollowing(null);
    },
    [publish],
  );

  return {
    following,
    followedName: peer?.name ?? null,
    viewportRequest,
    follow: setFollowing,
    onViewportChange,
  };
}
