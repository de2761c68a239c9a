import { useState } from 'react';
import { type Change, type Design, errorMessage } from '@orgcanvas/model';
import { useI18n } from '../i18n';
import { describeChange } from './describe';
import { MARK_COLOURS } from './marks';
import type { ApplyState, Side } from './useApply';

interface ChangeListProps {
  readonly changes: readonly Change[];
  readonly a: Design;
  readonly b: Design;
  readonly nameA: string;
  readonly nameB: string;
  readonly canEdit: boolean;
  readonly apply: ApplyState;
  onFocus(change: Change): void;
  onApply(side: Side, chosen: readonly Change[]): boolean;
  onUndo(): void;
}

/**
 * Every difference, coloured like its cards, each one a button that focuses it in both canvases and
 * a checkbox to carry it over. A selection is kept by change key, so it survives live updates.
 */
export function ChangeList(props: ChangeListProps) {
  const { changes, a, b, nameA, nameB, canEdit, apply } = props;
  const { t, locale } = useI18n();
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const picked = changes.filter((change) => chosen.has(change.key));
  const toggle = (key: string) =>
    setChosen((current) => {
      const next = new Set(current);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  const run = (side: Side) => {
    if (props.onApply(side, picked)) setChosen(new Set());
  };
  return (
    <section className="change-list" aria-label={t('compare.changes', { count: changes.length })}>
      <h2>{t('compare.changes', { count: changes.length })}</h2>
      {changes.length === 0 && (
        <p className="empty" data-testid="compare-no-changes">
          {t('compare.noChanges')}
        </p>
      )}
      <ul data-testid="compare-changes">
        {changes.map((change) => {
          const line = describeChange(change, a, b, t('change.top'));
          return (
            <li
              key={change.key}
              data-testid="compare-change"
              data-change-key={change.key}
              data-kind={change.kind}
            >
              {canEdit && (
                <input
                  type="checkbox"
                  aria-label={t(line.key, line.params)}
                  checked={chosen.has(change.key)}
                  onChange={() => toggle(change.key)}
                  data-testid="compare-change-pick"
                />
              )}
              <span
                className="mark-chip"
                style={{ background: MARK_COLOURS[line.mark] }}
                aria-hidden="true"
              />
              <button
                type="button"
                className="link-button"
                onClick={() => props.onFocus(change)}
                data-testid="compare-change-focus"
              >
                {t(line.key, line.params)}
              </button>
            </li>
          );
        })}
      </ul>
      {canEdit ? (
        <div className="row-actions">
          <button
            type="button"
            className="button ghost small"
            onClick={() => setChosen(new Set(changes.map((change) => change.key)))}
            data-testid="compare-select-all"
          >
            {t('compare.selectAll')}
          </button>
          <button
            type="button"
            className="button small"
            disabled={picked.length === 0}
            onClick={() => run('a')}
            data-testid="compare-apply-a"
          >
            {t('compare.applyTo', { name: nameA })}
          </button>
          <button
            type="button"
            className="button small"
            disabled={picked.length === 0}
            onClick={() => run('b')}
            data-testid="compare-apply-b"
          >
            {t('compare.applyTo', { name: nameB })}
          </button>
        </div>
      ) : (
        <p className="hint">{t('compare.viewOnly')}</p>
      )}
      {apply.last && (
        <p className="success-text" role="status" data-testid="compare-applied">
          {t('compare.applied', { count: apply.last.count, name: apply.last.side === 'a' ? nameA : nameB })}{' '}
          <button
            type="button"
            className="button ghost small"
            onClick={props.onUndo}
            data-testid="compare-undo"
          >
            {t('compare.undo')}
          </button>
        </p>
      )}
      {apply.refusals.length > 0 && (
        <div className="import-errors" role="alert" data-testid="compare-refused">
          <p>{t('compare.refused')}</p>
          <ul>
            {apply.refusals.map((error, index) => (
              <li key={index}>{errorMessage(error, locale)}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
