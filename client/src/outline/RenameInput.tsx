import { useEffect, useRef, useState } from 'react';
import { LIMITS } from '@orgcanvas/model';
import { LimitNote } from '../app/LimitNote';
import { useI18n } from '../i18n';

/**
 * In-place rename: Enter commits, Escape cancels (reports null), leaving the field commits. Keys stay
 * in the field so the tree and the editor shortcuts do not see them.
 */
export function RenameInput({ initial, onDone }: { initial: string; onDone(title: string | null): void }) {
  const { t } = useI18n();
  const [value, setValue] = useState(initial);
  const done = useRef(false);
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);
  const finish = (title: string | null) => {
    if (done.current) return;
    done.current = true;
    onDone(title);
  };
  return (
    <span className="rename-field">
      <input
        ref={ref}
        className="inline-input rename-input"
        aria-label={t('outline.renameLabel')}
        data-testid="rename-input"
        value={value}
        maxLength={LIMITS.shortText}
        onChange={(event) => setValue(event.target.value)}
        onClick={(event) => event.stopPropagation()}
        onDoubleClick={(event) => event.stopPropagation()}
        onKeyDown={(event) => {
          event.stopPropagation();
          if (event.key === 'Enter') {
            event.preventDefault();
            finish(value);
          } else if (event.key === 'Escape') {
            event.preventDefault();
            finish(null);
          }
        }}
        onBlur={() => finish(value)}
      />
      <LimitNote length={value.length} limit={LIMITS.shortText} />
    </span>
  );
}
