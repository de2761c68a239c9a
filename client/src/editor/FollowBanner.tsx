import { useI18n } from '../i18n';
import type { FollowApi } from '../presence';

/** Says whose view this user is following, with the way out. */
export function FollowBanner({ follow }: { follow: FollowApi }) {
  const { t } = useI18n();
  if (!follow.followedName) return null;
  return (
    <div className="follow-banner" data-testid="follow-banner">
      {t('presence.following', { name: follow.followedName })}
      <button type="button" className="button small" onClick={() => follow.follow(null)}>
        {t('presence.stopFollowing')}
      </button>
    </div>
  );
}
