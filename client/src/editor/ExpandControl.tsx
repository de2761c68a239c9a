import type { Design } from '@orgcanvas/model';
import { useI18n } from '../i18n';
import type { EditorAction } from '../session';

/** How deep "expand to level" offers to go; deeper charts are rare and "expand all" covers them. */
const LEVELS = [1, 2, 3, 4, 5, 6];

/** Expand all, collapse all, or show the chart down to a level: for the outline and the canvas alike. */
export function ExpandControl({
  design,
  dispatch,
}: {
  design: Design;
  dispatch(action: EditorAction): void;
}) {
  const { t } = useI18n();
  return (
    <>
      <button
        type="button"
        className="button small"
        onClick={() => dispatch({ type: 'expandAll' })}
        data-testid="expand-all"
      >
        {t('outline.expandAll')}
      </button>
      <button
        type="button"
        className="button small"
        onClick={() => dispatch({ type: 'collapseAll', design })}
        data-testid="collapse-all"
      >
        {t('outline.collapseAll')}
      </button>
      <select
        aria-label={t('outline.expandToLevel')}
        value=""
        onChange={(event) =>
          event.target.value !== '' &&
          dispatch({ type: 'expandToLevel', level: Number(event.target.value), design })
        }
        data-testid="expand-to-level"
      >
        <option value="">{t('outline.expandToLevel')}</option>
        {LEVELS.map((level) => (
          <option key={level} value={level}>
            {t('outline.level', { level })}
          </option>
        ))}
      </select>
    </>
  );
}
