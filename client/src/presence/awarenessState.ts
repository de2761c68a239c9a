import type { PeerPresence } from '../session';

/**
 * What each person publishes through Yjs awareness. Presence scope (STYLE.md): synced, never stored.
 * Everything read from a peer is untrusted input and checked field by field.
 */
export interface LocalPresence {
  readonly user: { readonly name: string; readonly color: string; readonly viewer: boolean };
  readonly pointer: { readonly x: number; readonly y: number } | null;
  readonly selection: readonly string[];
  readonly editingRoleId: string | null;
  readonly viewport: {
    readonly centre: { readonly x: number; readonly y: number };
    readonly scale: number;
  } | null;
}

export interface Peer extends PeerPresence {
  readonly viewer: boolean;
  readonly viewport: LocalPresence['viewport'];
}

const MAX_SELECTION = 500;

export function peerFromState(clientId: number, state: unknown): Peer | null {
  if (typeof state !== 'object' || state === null) return null;
  const record = state as Record<string, unknown>;
  const user = record.user as Record<string, unknown> | undefined;
  if (typeof user !== 'object' || user === null || typeof user.name !== 'string') return null;
  const color = typeof user.color === 'string' && /^#[0-9a-f]{6}$/i.test(user.color) ? user.color : '#868e96';
  const pointer = point(record.pointer);
  const viewportValue = record.viewport as Record<string, unknown> | null | undefined;
  const centre = point(viewportValue?.centre);
  const scale =
    typeof viewportValue?.scale === 'number' && Number.isFinite(viewportValue.scale)
      ? viewportValue.scale
      : null;
  const selection = Array.isArray(record.selection)
    ? record.selection.filter((id): id is string => typeof id === 'string').slice(0, MAX_SELECTION)
    : [];
  return {
    clientId,
    name: user.name.slice(0, 60),
    color,
    viewer: user.viewer === true,
    ...(pointer ? { pointer } : {}),
    selection,
    ...(typeof record.editingRoleId === 'string' ? { editingRoleId: record.editingRoleId } : {}),
    viewport: centre && scale !== null ? { centre, scale } : null,
  };
}

function point(value: unknown): { x: number; y: number } | null {
  if (typeof value !== 'object' || value === null) return null;
  const { x, y } = value as Record<string, unknown>;
  return typeof x === 'number' && typeof y === 'number' && Number.isFinite(x) && Number.isFinite(y)
    ? { x, y }
    : null;
}

/** Every other person with a name, in a stable order. */
export function peersOf(states: ReadonlyMap<number, unknown>, selfId: number): Peer[] {
  const peers: Peer[] = [];
  for (const [clientId, state] of states) {
    if (clientId === selfId) continue;
    const peer = peerFromState(clientId, state);
    if (peer) peers.push(peer);
  }
  return peers.sort((a, b) => a.clientId - b.clientId);
}
