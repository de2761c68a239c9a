import { useState } from 'react';
import { LIMITS, type ScenarioSummary } from '@orgcanvas/protocol';
import { Dialog } from '../app/Dialog';
import { useI18n } from '../i18n';
import type { ExportScope } from './crop';
import { useExport, type ExportContext, type ExportFormat } from './useExport';

const FORMATS: readonly ExportFormat[] = ['png', 'svg', 'pptx', 'json'];
const SCOPES: readonly ExportScope[] = ['design', 'view', 'selection'];
/** Other scenarios one deck may hold besides this one. */
const MAX_DECK_OTHERS = LIMITS.deckScenarios - 1;

/** The editor's export dialog: what, which format, PNG scale, which scenarios go into the deck. */
export function ExportDialog(props: {
  readonly context: ExportContext;
  readonly otherScenarios: readonly ScenarioSummary[];
  readonly onClose: () => void;
}) {
  const { t, locale } = useI18n();
  const [scope, setScope] = useState<ExportScope>('design');
  const [format, setFormat] = useState<ExportFormat>('png');
  const [scale, setScale] = useState<1 | 2 | 3>(2);
  const [withScenarios, setWithScenarios] = useState<readonly string[]>([]);
  const [comparison, setComparison] = useState(true);
  const { status, run } = useExport(props.context);
  const wholeOnly = format === 'pptx' || format === 'json';
  const effectiveScope = wholeOnly ? 'design' : scope;
  const noSelection = effectiveScope === 'selection' && props.context.selection.length === 0;
  const working = status.kind === 'working';

  return (
    <Dialog
      title={t('export.title')}
      onClose={props.onClose}
      testId="export-dialog"
      footer={
        <>
          <button type="button" className="button" onClick={props.onClose}>
            {t('common.close')}
          </button>
          <button
            type="button"
            className="button primary"
            data-testid="export-start"
            disabled={working || noSelection}
            onClick={() =>
              void run({
                scope: effectiveScope,
                format,
                scale,
                withScenarios: format === 'pptx' ? withScenarios : [],
                comparison,
              })
            }
          >
            {working ? t('export.working') : t('export.start')}
          </button>
        </>
      }
    >
      <fieldset className="export-options">
        <legend>{t('export.format')}</legend>
        {FORMATS.map((f) => (
          <label key={f}>
            <input
              type="radio"
              name="export-format"
              value={f}
              checked={format === f}
              onChange={() => setFormat(f)}
            />
            {f.toUpperCase()}
          </label>
        ))}
      </fieldset>
      <fieldset className="export-options" disabled={wholeOnly}>
        <legend>{t('export.scope')}</legend>
        {SCOPES.map((s) => (
          <label key={s}>
            <input
              type="radio"
              name="export-scope"
              value={s}
              checked={effectiveScope === s}
              onChange={() => setScope(s)}
            />
            {t(`export.scope.${s}`)}
          </label>
        ))}
        {wholeOnly && <p className="meta">{t('export.wholeOnly')}</p>}
      </fieldset>
      {format === 'png' && (
        <fieldset className="export-options">
          <legend>{t('export.scale')}</legend>
          {([1, 2, 3] as const).map((n) => (
            <label key={n}>
              <input
                type="radio"
                name="export-scale"
                value={n}
                checked={scale === n}
                onChange={() => setScale(n)}
              />
              {n}x
            </label>
          ))}
        </fieldset>
      )}
      {format === 'pptx' && props.otherScenarios.length > 0 && (
        <fieldset className="export-options export-deck" data-testid="export-deck">
          <legend>{t('export.deck')}</legend>
          <label>
            <input type="checkbox" checked disabled />
            {t('export.deck.this')}
          </label>
          {props.otherScenarios.map((s) => (
            <label key={s.id}>
              <input
                type="checkbox"
                name="export-deck-scenario"
                value={s.id}
                checked={withScenarios.includes(s.id)}
                disabled={!withScenarios.includes(s.id) && withScenarios.length >= MAX_DECK_OTHERS}
                onChange={(e) =>
                  setWithScenarios((current) =>
                    e.target.checked ? [...current, s.id] : current.filter((id) => id !== s.id),
                  )
                }
              />
              {s.name}
            </label>
          ))}
        </fieldset>
      )}
      {format === 'pptx' && withScenarios.length > 0 && (
        <label className="export-options">
          <input
            type="checkbox"
            data-testid="export-comparison"
            checked={comparison}
            onChange={(e) => setComparison(e.target.checked)}
          />
          {t('export.comparison', { count: withScenarios.length })}
        </label>
      )}
      {noSelection && <p className="meta">{t('export.noSelection')}</p>}
      <p className="meta" role="status" aria-live="polite" data-testid="export-status">
        {status.kind === 'working' &&
          (status.total > 0
            ? t('export.tiles', { done: status.done, total: status.total })
            : t('export.working'))}
        {status.kind === 'done' && t('export.done', { name: status.name })}
        {status.kind === 'done' &&
          status.scaledTo !== null &&
          ` ${t('export.scaled', { scale: status.scaledTo })}`}
      </p>
      {status.kind === 'failed' && (
        <p className="error" role="alert" data-testid="export-error">
          {t('export.failed', { reason: status.error.localized(locale) })}
        </p>
      )}
    </Dialog>
  );
}
