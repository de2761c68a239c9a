import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n';
import type { Peer } from './awarenessState';

interface PeopleListProps {
  readonly self: { readonly name: string; readonly color: string; readonly viewer: boolean } | null;
  readonly selfClientId: number;
  readonly peers: readonly Peer[];
  readonly labels: ReadonlyMap<number, string>;
  readonly following: number | null;
  onFollow(clientId: number | null): void;
  onClose(): void;
}

/** Everyone here by full name, with the label and colour the bar shows for them; Escape closes it. */
export function PeopleList({
  self,
  selfClientId,
  peers,
  labels,
  following,
  onFollow,
  onClose,
}: PeopleListProps) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('button')?.focus();
    const outside = (event: PointerEvent) => {
      const anchor = ref.current?.parentElement;
      if (anchor && !anchor.contains(event.target as Node)) onClose();
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [onClose]);
  return (
    <div
      ref={ref}
      className="people-list"
      data-testid="people-list"
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        onClose();
      }}
    >
      <ul aria-label={t('presence.people')}>
        {self && (
          <li className="people-list-item" data-testid="people-list-item" data-person-name={self.name}>
            <span className="people-list-dot" style={{ background: self.color }} aria-hidden="true">
              {labels.get(selfClientId)}
            </span>
            <span className="people-list-name">
              {self.name} {t('presence.you')}
              {self.viewer && <span className="meta"> · {t('presence.viewer')}</span>}
            </span>
          </li>
        )}
        {peers.map((peer) => (
          <li
            key={peer.clientId}
            className="people-list-item"
            data-testid="people-list-item"
            data-person-name={peer.name}
          >
            <span className="people-list-dot" style={{ background: peer.color }} aria-hidden="true">
              {labels.get(peer.clientId)}
            </span>
            <span className="people-list-name">
              {peer.name}
              {peer.viewer && <span className="meta"> · {t('presence.viewer')}</span>}
            </span>
            <button
              type="button"
              className="button small"
              onClick={() => onFollow(following === peer.clientId ? null : peer.clientId)}
            >
              {following === peer.clientId ? t('presence.stopFollowing') : t('presence.followShort')}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
