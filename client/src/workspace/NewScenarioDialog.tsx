import { useState, type FormEvent } from 'react';
import { Dialog } from '../app/Dialog';
import { API_LIMITS, ApiError, type NewScenarioSource } from '../api';
import { useI18n } from '../i18n';
import { type ImportState, ImportFile } from './ImportFile';
import { TemplateGallery } from './TemplateGallery';

type Source = 'blank' | 'template' | 'file';

interface NewScenarioDialogProps {
  onClose(): void;
  onCreate(name: string, source: NewScenarioSource): Promise<void>;
}

/** New scenario: blank, from one of the nine templates, or from a JSON v1 file. */
export function NewScenarioDialog({ onClose, onCreate }: NewScenarioDialogProps) {
  const { t, locale } = useI18n();
  const [source, setSource] = useState<Source>('template');
  const [name, setName] = useState('');
  const [nameTouched, setNameTouched] = useState(false);
  const [template, setTemplate] = useState<string | null>(null);
  const [file, setFile] = useState<ImportState>({ state: 'empty' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const suggest = (suggestion: string) => {
    if (!nameTouched) setName(suggestion);
  };

  const ready =
    name.trim() !== '' &&
    (source === 'blank' ||
      (source === 'template' && template !== null) ||
      (source === 'file' && file.state === 'valid'));

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (!ready) return;
    const chosen: NewScenarioSource =
      source === 'template' && template
        ? { kind: 'template', template }
        : source === 'file' && file.state === 'valid'
          ? file.csv !== undefined
            ? { kind: 'csv', csv: file.csv }
            : { kind: 'design', design: file.design }
          : { kind: 'blank' };
    setBusy(true);
    setError(null);
    try {
      await onCreate(name.trim(), chosen);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.localized(locale) : String(caught));
      setBusy(false);
    }
  };

  const tabs: [Source, string][] = [
    ['template', t('newScenario.template')],
    ['blank', t('newScenario.blank')],
    ['file', t('newScenario.file')],
  ];

  return (
    <Dialog
      title={t('newScenario.title')}
      onClose={onClose}
      testId="new-scenario-dialog"
      wide
      footer={
        <>
          {error && (
            <p className="error-text" role="alert">
              {error}
            </p>
          )}
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button
            type="button"
            className="button primary"
            disabled={!ready || busy}
            onClick={() => void submit()}
            data-testid="create-scenario"
          >
            {t('common.create')}
          </button>
        </>
      }
    >
      <form onSubmit={(event) => void submit(event)}>
        <label className="field">
          <span>{t('newScenario.name')}</span>
          <input
            data-testid="scenario-name-input"
            value={name}
            placeholder={t('newScenario.defaultName')}
            maxLength={API_LIMITS.name}
            onChange={(event) => {
              setName(event.target.value);
              setNameTouched(true);
            }}
          />
        </label>
      </form>
      <div className="tabs" role="tablist" aria-label={t('newScenario.title')}>
        {tabs.map(([value, label]) => (
          <button
            key={value}
            type="button"
            role="tab"
            aria-selected={source === value}
            className="tab"
            data-testid={`source-${value}`}
            onClick={() => {
              setSource(value);
              if (value === 'blank') suggest(t('newScenario.defaultName'));
            }}
          >
            {label}
          </button>
        ))}
      </div>
      <div role="tabpanel" className="tab-panel">
        {source === 'blank' && <p className="hint">{t('newScenario.blankHint')}</p>}
        {source === 'template' && (
          <TemplateGallery
            selected={template}
            onSelect={(chosen) => {
              setTemplate(chosen.id);
              suggest(chosen.name[locale]);
            }}
          />
        )}
        {source === 'file' && (
          <ImportFile
            onChange={(state) => {
              setFile(state);
              if (state.state === 'valid') suggest(state.name || state.fileName.replace(/\.json$/i, ''));
            }}
          />
        )}
      </div>
    </Dialog>
  );
}
