import { useI18n } from '../i18n';
import type { Peer } from './awarenessState';

interface PeopleBarProps {
  readonly selfName: string | null;
  readonly selfColor: string;
  readonly selfViewer: boolean;
  readonly peers: readonly Peer[];
  readonly following: number | null;
  onFollow(clientId: number | null): void;
  onRename(): void;
}

/** Everyone in the scenario: initials in their colour; click someone to follow their view. */
export function PeopleBar({
  selfName,
  selfColor,
  selfViewer,
  peers,
  following,
  onFollow,
  onRename,
}: PeopleBarProps) {
  const { t } = useI18n();
  return (
    <div className="people-bar" role="list" aria-label={t('presence.people')} data-testid="people-bar">
      {selfName !== null && (
        <button
          type="button"
          role="listitem"
          className="person self"
          style={{ background: selfColor }}
          title={`${selfName} ${t('presence.you')} — ${t('presence.changeName')}`}
          aria-label={`${selfName} ${t('presence.you')}${selfViewer ? `, ${t('presence.viewer')}` : ''}`}
          data-testid="person-self"
          onClick={onRename}
        >
          {initials(selfName)}
        </button>
      )}
      {peers.map((peer) => {
        const isFollowed = following === peer.clientId;
        const label = `${peer.name}${peer.viewer ? `, ${t('presence.viewer')}` : ''}`;
        return (
          <button
            key={peer.clientId}
            type="button"
            role="listitem"
            className={`person${isFollowed ? ' followed' : ''}${peer.viewer ? ' viewer' : ''}`}
            style={{ background: peer.color }}
            title={isFollowed ? t('presence.stopFollowing') : t('presence.follow', { name: peer.name })}
            aria-label={label}
            aria-pressed={isFollowed}
            data-testid="person"
            data-person-name={peer.name}
            data-viewer={peer.viewer ? 'true' : 'false'}
            onClick={() => onFollow(isFollowed ? null : peer.clientId)}
          >
            {initials(peer.name)}
            {peer.viewer && (
              <span className="viewer-mark" aria-hidden="true">
                👁
              </span>
            )}
          </button>
        );
      })}
    </div>
  );
}

function initials(name: string): string {
  const trimmed = name.trim();
  if (!trimmed) return '?';
  // Chinese names read best as their last one or two characters; Latin names as initials.
  if (/[\u4e00-\u9fff]/.test(trimmed)) return [...trimmed].slice(-2).join('');
  return trimmed
    .split(/\s+/)
    .slice(0, 2)
    .map((part) => part[0]!.toUpperCase())
    .join('');
}
