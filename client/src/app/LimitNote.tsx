import { useI18n } from '../i18n';

/**
 * Said under a text field once its text has reached the field's limit (`maxLength`), where it is
 * typed: the browser stops typing and cuts a paste there without a word, so the limit is named.
 */
export function LimitNote({ length, limit }: { length: number; limit: number }) {
  return length < limit ? null : <LimitReached limit={limit} />;
}

function LimitReached({ limit }: { limit: number }) {
  const { t } = useI18n();
  return (
    <span className="limit-note" role="status" data-testid="limit-note">
      {t('limit.reached', { limit })}
    </span>
  );
}
