import { useMemo, useState } from 'react';
import { useI18n } from '../i18n';
import type { Peer } from './awarenessState';
import { personLabels } from './labels';
import { PeopleList } from './PeopleList';

interface PeopleBarProps {
  readonly selfName: string | null;
  readonly selfColor: string;
  readonly selfClientId: number;
  readonly selfViewer: boolean;
  readonly peers: readonly Peer[];
  readonly following: number | null;
  onFollow(clientId: number | null): void;
  onRename(): void;
}

/**
 * Everyone in the scenario: a short label in their colour (different for different people, the full
 * name on hover), and a list of everyone by full name. Click someone to follow their view.
 */
export function PeopleBar({
  selfName,
  selfColor,
  selfClientId,
  selfViewer,
  peers,
  following,
  onFollow,
  onRename,
}: PeopleBarProps) {
  const { t } = useI18n();
  const [listOpen, setListOpen] = useState(false);
  const labels = useMemo(
    () =>
      personLabels([
        ...(selfName === null ? [] : [{ clientId: selfClientId, name: selfName }]),
        ...peers.map((peer) => ({ clientId: peer.clientId, name: peer.name })),
      ]),
    [selfName, selfClientId, peers],
  );
  const count = peers.length + (selfName === null ? 0 : 1);
  return (
    <div className="people-bar" role="group" aria-label={t('presence.people')} data-testid="people-bar">
      {selfName !== null && (
        <button
          type="button"
          className="person self"
          style={{ background: selfColor }}
          title={`${selfName} ${t('presence.you')} — ${t('presence.changeName')}`}
          aria-label={`${selfName} ${t('presence.you')}${selfViewer ? `, ${t('presence.viewer')}` : ''}`}
          data-testid="person-self"
          data-label={labels.get(selfClientId)}
          onClick={onRename}
        >
          {labels.get(selfClientId)}
        </button>
      )}
      {peers.map((peer) => {
        const isFollowed = following === peer.clientId;
        const role = peer.viewer ? `, ${t('presence.viewer')}` : '';
        const action = isFollowed ? t('presence.stopFollowing') : t('presence.follow', { name: peer.name });
        return (
          <button
            key={peer.clientId}
            type="button"
            className={`person${isFollowed ? ' followed' : ''}${peer.viewer ? ' viewer' : ''}`}
            style={{ background: peer.color }}
            title={`${peer.name}${role} — ${action}`}
            aria-label={`${peer.name}${role}`}
            aria-pressed={isFollowed}
            data-testid="person"
            data-person-name={peer.name}
            data-label={labels.get(peer.clientId)}
            data-viewer={peer.viewer ? 'true' : 'false'}
            onClick={() => onFollow(isFollowed ? null : peer.clientId)}
          >
            {labels.get(peer.clientId)}
            {peer.viewer && (
              <span className="viewer-mark" aria-hidden="true">
                👁
              </span>
            )}
          </button>
        );
      })}
      {count > 0 && (
        <div className="people-list-anchor">
          <button
            type="button"
            className="people-count"
            aria-expanded={listOpen}
            aria-haspopup="true"
            title={t('presence.showList')}
            data-testid="people-count"
            onClick={() => setListOpen((open) => !open)}
          >
            {t('presence.count', { count })}
          </button>
          {listOpen && (
            <PeopleList
              self={selfName === null ? null : { name: selfName, color: selfColor, viewer: selfViewer }}
              peers={peers}
              labels={labels}
              selfClientId={selfClientId}
              following={following}
              onFollow={(clientId) => {
                onFollow(clientId);
                setListOpen(false);
              }}
              onClose={() => setListOpen(false)}
            />
          )}
        </div>
      )}
    </div>
  );
}
