import { useState } from 'react';
import { Link } from '../app/Link';
import { Dialog } from '../app/Dialog';
import { LimitNote } from '../app/LimitNote';
import { compareHref, editorHref, navigate } from '../app/route';
import { API_LIMITS, type ScenarioSummary, api, forkedFromScenario } from '../api';
import { useI18n } from '../i18n';

interface ScenarioListProps {
  readonly workspaceId: string;
  readonly token: string;
  readonly scenarios: readonly ScenarioSummary[];
  readonly canEdit: boolean;
  onRename(id: string, name: string): void;
  onDelete(id: string): void;
  onFork(scenario: ScenarioSummary): void;
}

export function ScenarioList({
  workspaceId,
  token,
  scenarios,
  canEdit,
  onRename,
  onDelete,
  onFork,
}: ScenarioListProps) {
  const { t, locale } = useI18n();
  const [renaming, setRenaming] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<ScenarioSummary | null>(null);
  const names = new Map(scenarios.map((scenario) => [scenario.id, scenario.name]));
  const sorted = [...scenarios].sort((a, b) =>
    a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0,
  );
  const formatter = new Intl.DateTimeFormat(locale === 'zh' ? 'zh-CN' : 'en', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  const money = new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en', { maximumFractionDigits: 0 });

  if (scenarios.length === 0)
    return (
      <p className="empty" data-testid="no-scenarios">
        {t('workspace.noScenarios')}
      </p>
    );

  return (
    <>
      <ul className="scenario-list" data-testid="scenario-list" aria-label={t('workspace.scenarios')}>
        {sorted.map((scenario) => (
          <li
            key={scenario.id}
            className="scenario-item"
            data-testid="scenario-item"
            data-scenario-id={scenario.id}
          >
            {renaming === scenario.id ? (
              <RenameField
                initial={scenario.name}
                onDone={(name) => {
                  setRenaming(null);
                  if (name && name !== scenario.name) onRename(scenario.id, name);
                }}
              />
            ) : (
              <div className="scenario-main">
                {/* A long name is cut to one line with an ellipsis; the whole of it shows on hover. */}
                <Link
                  className="scenario-name"
                  href={editorHref(workspaceId, scenario.id, token)}
                  title={scenario.name || undefined}
                  data-testid="scenario-open"
                >
                  {scenario.name || t('common.untitled')}
                </Link>
                <span className="meta scenario-meta" title={forkedFrom(scenario, names)}>
                  {forkedFrom(scenario, names) && (
                    <span>{t('workspace.basedOn', { name: forkedFrom(scenario, names)! })} · </span>
                  )}
                  {scenario.updatedBy
                    ? t('scenario.updatedBy', {
                        time: formatDate(formatter, scenario.updatedAt),
                        name: scenario.updatedBy,
                      })
                    : t('workspace.updated', { time: formatDate(formatter, scenario.updatedAt) })}
                  {scenario.figures && (
                    <span data-testid="scenario-figures">
                      {' · '}
                      {t('scenario.figures', {
                        headcount: scenario.figures.headcount,
                        cost: money.format(scenario.figures.cost),
                      })}
                      {scenario.figures.costIncomplete && ` ${t('scenario.costIncomplete')}`}
                    </span>
                  )}
                </span>
              </div>
            )}
            {renaming !== scenario.id && (
              <div className="row-actions">
                {sorted.length > 1 && (
                  <select
                    className="compare-select"
                    aria-label={t('scenario.compareWith')}
                    value=""
                    data-testid="scenario-compare"
                    onChange={(event) => {
                      if (event.target.value)
                        navigate(compareHref(workspaceId, scenario.id, event.target.value, token));
                    }}
                  >
                    <option value="">{t('scenario.compareWith')}</option>
                    {sorted
                      .filter((other) => other.id !== scenario.id)
                      .map((other) => (
                        <option key={other.id} value={other.id}>
                          {other.name || t('common.untitled')}
                        </option>
                      ))}
                  </select>
                )}
                <a
                  className="button ghost small"
                  href={api.exportUrl(workspaceId, token, scenario.id)}
                  download
                  data-testid="scenario-export"
                >
                  {t('workspace.export')}
                </a>
                {canEdit && (
                  <>
                    <button
                      type="button"
                      className="button ghost small"
                      onClick={() => setRenaming(scenario.id)}
                      data-testid="scenario-rename"
                    >
                      {t('common.rename')}
                    </button>
                    <button
                      type="button"
                      className="button ghost small"
                      onClick={() => onFork(scenario)}
                      data-testid="scenario-fork"
                    >
                      {t('workspace.fork')}
                    </button>
                    <button
                      type="button"
                      className="button ghost small danger"
                      onClick={() => setDeleting(scenario)}
                      data-testid="scenario-delete"
                    >
                      {t('common.delete')}
                    </button>
                  </>
                )}
              </div>
            )}
          </li>
        ))}
      </ul>
      {deleting && (
        <Dialog
          title={t('common.delete')}
          onClose={() => setDeleting(null)}
          testId="confirm-delete-scenario"
          footer={
            <>
              <button type="button" className="button" onClick={() => setDeleting(null)}>
                {t('common.cancel')}
              </button>
              <button
                type="button"
                className="button danger-fill"
                data-testid="confirm-delete"
                onClick={() => {
                  onDelete(deleting.id);
                  setDeleting(null);
                }}
              >
                {t('common.delete')}
              </button>
            </>
          }
        >
          <p>{t('workspace.confirmDelete', { name: deleting.name })}</p>
        </Dialog>
      )}
    </>
  );
}

function RenameField({ initial, onDone }: { initial: string; onDone(name: string | null): void }) {
  const { t } = useI18n();
  const [value, setValue] = useState(initial);
  return (
    <span className="scenario-rename">
      <input
        className="inline-input"
        aria-label={t('workspace.renamePrompt')}
        data-testid="scenario-rename-input"
        value={value}
        maxLength={API_LIMITS.name}
        autoFocus
        onChange={(event) => setValue(event.target.value)}
        onBlur={() => onDone(value.trim() || null)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') onDone(value.trim() || null);
          if (event.key === 'Escape') onDone(null);
        }}
      />
      <LimitNote length={value.length} limit={API_LIMITS.name} />
    </span>
  );
}

/** The name of the scenario this one was forked from, when that is still in the list. */
function forkedFrom(scenario: ScenarioSummary, names: ReadonlyMap<string, string>): string | undefined {
  const id = forkedFromScenario(scenario.basedOn);
  return id === null ? undefined : names.get(id);
}

function formatDate(formatter: Intl.DateTimeFormat, iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : formatter.format(date);
}
