import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n';

interface SearchBarProps {
  readonly query: string;
  readonly hits: readonly string[];
  readonly index: number;
  onQuery(query: string): void;
  onStep(delta: number): void;
  onClose(): void;
}

/** Ctrl+F: type to find roles by title, unit or duty; Enter and Shift+Enter walk the hits. */
export function SearchBar({ query, hits, index, onQuery, onStep, onClose }: SearchBarProps) {
  const { t } = useI18n();
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  });
  return (
    <div className="search-bar" role="search" data-testid="search-bar">
      <input
        ref={ref}
        type="search"
        aria-label={t('editor.search')}
        placeholder={t('editor.searchPlaceholder')}
        data-testid="search-input"
        value={query}
        onChange={(event) => onQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            onStep(event.shiftKey ? -1 : 1);
          } else if (event.key === 'Escape') {
            event.preventDefault();
            event.stopPropagation();
            onClose();
          }
        }}
      />
      <span className="search-count" aria-live="polite" data-testid="search-count">
        {query.trim() === ''
          ? ''
          : hits.length === 0
            ? t('editor.searchNone')
            : t('editor.searchCount', { index: Math.min(index + 1, hits.length), count: hits.length })}
      </span>
      <button
        type="button"
        className="icon-button"
        aria-label={t('editor.searchPrev')}
        onClick={() => onStep(-1)}
        disabled={hits.length === 0}
      >
        ↑
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={t('editor.searchNext')}
        onClick={() => onStep(1)}
        disabled={hits.length === 0}
      >
        ↓
      </button>
      <button type="button" className="icon-button" aria-label={t('common.close')} onClick={onClose}>
        ×
      </button>
    </div>
  );
}
