import { useEffect, useMemo, useState } from 'react';
import { type Change, compare } from '@orgcanvas/model';
import { AppHeader } from '../app/AppHeader';
import { Link } from '../app/Link';
import { editorHref, workspaceHref } from '../app/route';
import { ApiError, api, type Workspace } from '../api';
import { type ScenarioConnection, useConnectionState, useScenarioConnection } from '../connection';
import { type MessageKey, useI18n } from '../i18n';
import { useDesign } from '../session';
import { ChangeList } from './ChangeList';
import { MetricsTable } from './MetricsTable';
import { MARK_COLOURS, type Mark, canvasMarks, focusOf, roleMarks } from './marks';
import { Overlaid } from './Overlaid';
import { SideBySide } from './SideBySide';
import { type Side, useApply } from './useApply';

interface ComparePageProps {
  readonly workspaceId: string;
  readonly a: string;
  readonly b: string;
  readonly token: string;
}

/**
 * `/w/<workspaceId>/compare/<a>/<b>?token=T`: both scenarios open live (the same connection code as
 * the editor), the diff and the numbers recomputed on every change either side receives.
 */
export function ComparePage({ workspaceId, a, b, token }: ComparePageProps) {
  const { t, locale } = useI18n();
  const [workspace, setWorkspace] = useState<Workspace | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    api.getWorkspace(workspaceId, token).then(
      (loaded) => !cancelled && setWorkspace(loaded),
      (caught: unknown) =>
        !cancelled && setError(caught instanceof ApiError ? caught.localized(locale) : String(caught)),
    );
    return () => {
      cancelled = true;
    };
  }, [workspaceId, token, locale]);
  const readOnly = workspace?.access !== 'edit';
  const options = (scenarioId: string) =>
    workspace ? { workspaceId, scenarioId, token, readOnly, persist: false } : null;
  const connectionA = useScenarioConnection(options(a));
  const connectionB = useScenarioConnection(options(b));
  const loadedA = useConnectionState(connectionA).loaded;
  const loadedB = useConnectionState(connectionB).loaded;
  const back = (
    <AppHeader>
      <Link href={workspaceHref(workspaceId, token)} className="back-link">
        ← {t('editor.backToWorkspace')}
      </Link>
    </AppHeader>
  );
  if (error) {
    return (
      <div className="page">
        {back}
        <main className="centered-card" role="alert" data-testid="compare-error">
          <p>{error}</p>
        </main>
      </div>
    );
  }
  if (!workspace || !connectionA || !connectionB || !loadedA || !loadedB) {
    return (
      <div className="page">
        {back}
        <main className="centered-card" data-testid="compare-loading">
          <div className="spinner" aria-hidden="true" />
          <p>{t('compare.loading')}</p>
        </main>
      </div>
    );
  }
  const name = (id: string) => workspace.scenarios.find((entry) => entry.id === id)?.name ?? id;
  return (
    <div className="page compare-page" data-testid="compare-page">
      {back}
      <LiveComparison
        connectionA={connectionA}
        connectionB={connectionB}
        nameA={name(a)}
        nameB={name(b)}
        hrefA={editorHref(workspaceId, a, token)}
        hrefB={editorHref(workspaceId, b, token)}
        canEdit={!readOnly}
      />
    </div>
  );
}

interface LiveComparisonProps {
  readonly connectionA: ScenarioConnection;
  readonly connectionB: ScenarioConnection;
  readonly nameA: string;
  readonly nameB: string;
  readonly hrefA: string;
  readonly hrefB: string;
  readonly canEdit: boolean;
}

function LiveComparison({
  connectionA,
  connectionB,
  nameA,
  nameB,
  hrefA,
  hrefB,
  canEdit,
}: LiveComparisonProps) {
  const { t } = useI18n();
  const designA = useDesign(connectionA.doc);
  const designB = useDesign(connectionB.doc);
  const comparison = useMemo(() => compare(designA, designB), [designA, designB]);
  const marks = useMemo(() => roleMarks(comparison), [comparison]);
  const [focus, setFocus] = useState<{ a: string[]; b: string[]; nonce: number } | null>(null);
  const [view, setView] = useState<'side-by-side' | 'overlay'>('side-by-side');
  const { state, apply, undo } = useApply(connectionA.doc, connectionB.doc);
  const paneMarks = (side: Side) => {
    const ids = focus?.[side] ?? [];
    return {
      marks: canvasMarks(marks[side]),
      focus: focus && ids.length > 0 ? { roleIds: ids, nonce: focus.nonce } : undefined,
    };
  };
  const onFocus = (change: Change) =>
    setFocus((current) => ({ ...focusOf(change, designA, designB), nonce: (current?.nonce ?? 0) + 1 }));
  return (
    <main className="compare" aria-label={t('compare.title')}>
      <div className="compare-charts">
        <div className="compare-bar">
          <div className="segmented" role="group" aria-label={t('compare.view')}>
            {(['side-by-side', 'overlay'] as const).map((option) => (
              <button
                key={option}
                type="button"
                aria-pressed={view === option}
                data-testid={`compare-view-${option}`}
                onClick={() => {
                  // A focus made in the other view would pull the new chart off its first fit.
                  setFocus(null);
                  setView(option);
                }}
              >
                {t(option === 'overlay' ? 'compare.overlay' : 'compare.sideBySide')}
              </button>
            ))}
          </div>
          <MarkLegend />
        </div>
        {view === 'overlay' ? (
          <Overlaid
            a={designA}
            b={designB}
            comparison={comparison}
            marks={marks}
            nameA={nameA}
            nameB={nameB}
            hrefB={hrefB}
            focus={focus}
          />
        ) : (
          <SideBySide
            a={{ design: designA, name: nameA, editorHref: hrefA, ...paneMarks('a') }}
            b={{ design: designB, name: nameB, editorHref: hrefB, ...paneMarks('b') }}
          />
        )}
      </div>
      <aside className="compare-side">
        <MetricsTable comparison={comparison} nameA={nameA} nameB={nameB} />
        <ChangeList
          changes={comparison.diff}
          a={designA}
          b={designB}
          nameA={nameA}
          nameB={nameB}
          canEdit={canEdit}
          apply={state}
          onFocus={onFocus}
          onApply={apply}
          onUndo={undo}
        />
      </aside>
    </main>
  );
}

const LEGEND: readonly { readonly mark: Mark; readonly label: MessageKey }[] = [
  { mark: 'new', label: 'compare.legendNew' },
  { mark: 'closed', label: 'compare.legendClosed' },
  { mark: 'moved', label: 'compare.legendMoved' },
  { mark: 'changed', label: 'compare.legendChanged' },
];

/** What each card colour means, in both views. */
function MarkLegend() {
  const { t } = useI18n();
  return (
    <ul className="compare-legend" aria-label={t('compare.legend')} data-testid="compare-legend">
      {LEGEND.map(({ mark, label }) => (
        <li key={mark}>
          <span className="legend-swatch" style={{ background: MARK_COLOURS[mark] }} aria-hidden="true" />
          {t(label)}
        </li>
      ))}
    </ul>
  );
}
