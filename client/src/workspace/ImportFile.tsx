import { useState } from 'react';
import { type ModelError, errorMessage, fromCSV, fromJSON } from '@orgcanvas/model';
import { useI18n } from '../i18n';

export type ImportState =
  | { readonly state: 'empty' }
  | {
      readonly state: 'valid';
      readonly fileName: string;
      readonly name: string;
      /** The JSON v1 value, or for a CSV file its text, which the server reads with the same parser. */
      readonly design: unknown;
      readonly csv?: string;
    }
  | { readonly state: 'invalid'; readonly fileName: string; readonly errors: readonly ModelError[] };

/**
 * Reads a JSON v1 file and validates all of it in the browser first, listing every problem with its
 * path, so a user fixes the file in one go; only a fully valid file can be imported.
 */
export function ImportFile({ onChange }: { onChange(state: ImportState): void }) {
  const { t, locale } = useI18n();
  const [current, setCurrent] = useState<ImportState>({ state: 'empty' });
  const read = async (file: File) => {
    const text = await file.text();
    const next: ImportState = /\.(csv|tsv|txt)$/i.test(file.name)
      ? readCsv(file.name, text)
      : readJson(file.name, text);
    setCurrent(next);
    onChange(next);
  };
  return (
    <div className="import-file">
      <p className="hint">{t('newScenario.fileHint')}</p>
      <label className="file-drop">
        <span className="button">{t('newScenario.chooseFile')}</span>
        <input
          type="file"
          accept="application/json,.json,text/csv,.csv"
          data-testid="import-file-input"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void read(file);
          }}
        />
        {current.state !== 'empty' && <span className="file-name">{current.fileName}</span>}
      </label>
      {current.state === 'valid' && <ValidSummary name={current.name} design={current.design} />}
      {current.state === 'invalid' && (
        <div className="import-errors" role="alert" data-testid="import-errors">
          <p>{t('newScenario.fileErrors', { count: current.errors.length })}</p>
          <ul>
            {current.errors.map((error, index) => (
              <li key={index} data-testid="import-error">
                {error.path && <code>{error.path}</code>} {errorMessage(error, locale)}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

function readJson(fileName: string, text: string): ImportState {
  const parsed = fromJSON(text);
  return parsed.ok
    ? { state: 'valid', fileName, name: parsed.value.name, design: JSON.parse(text) as unknown }
    : { state: 'invalid', fileName, errors: parsed.error };
}

/** A CSV org chart: checked here line by line first, so every problem shows before anything is sent. */
function readCsv(fileName: string, text: string): ImportState {
  const name = fileName.replace(/\.[^.]+$/, '');
  const parsed = fromCSV(text, name);
  return parsed.ok
    ? {
        state: 'valid',
        fileName,
        name,
        design: { roles: parsed.value.roles, units: parsed.value.units },
        csv: text,
      }
    : { state: 'invalid', fileName, errors: parsed.error };
}

function ValidSummary({ name, design }: { name: string; design: unknown }) {
  const { t } = useI18n();
  const file = design as { roles?: unknown[]; units?: unknown[] };
  return (
    <p className="success-text" data-testid="import-ok">
      {t('newScenario.fileOk', {
        name,
        roles: t('count.roles', { count: file.roles?.length ?? 0 }),
        units: t('count.units', { count: file.units?.length ?? 0 }),
      })}
    </p>
  );
}
