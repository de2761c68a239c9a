import { useState } from 'react';
import { useI18n } from '../i18n';
import { ReorderButtons } from './AreasEditor';
import { TextField } from './fields';

interface StringListEditorProps {
  readonly label: string;
  readonly addLabel: string;
  readonly values: readonly string[];
  readonly readOnly: boolean;
  readonly testId: string;
  onChange(values: string[]): void;
}

/** A list of short texts (external parties, additional duties): edit, reorder, remove, add. */
export function StringListEditor({
  label,
  addLabel,
  values,
  readOnly,
  testId,
  onChange,
}: StringListEditorProps) {
  const { t } = useI18n();
  const [adding, setAdding] = useState('');
  const replace = (index: number, value: string) =>
    onChange(values.map((entry, at) => (at === index ? value : entry)));
  const move = (from: number, to: number) => {
    const next = [...values];
    const [moved] = next.splice(from, 1);
    next.splice(to, 0, moved!);
    onChange(next);
  };
  const add = () => {
    const trimmed = adding.trim();
    if (!trimmed) return;
    onChange([...values, trimmed]);
    setAdding('');
  };
  return (
    <div className="string-list" data-testid={testId}>
      <ul>
        {values.map((value, index) => (
          <li key={index} className="string-row">
            <TextField
              compact
              label={label}
              value={value}
              readOnly={readOnly}
              onCommit={(next) => replace(index, next)}
            />
            {!readOnly && (
              <ReorderButtons
                index={index}
                count={values.length}
                onMove={(to) => move(index, to)}
                onDelete={() => onChange(values.filter((_, at) => at !== index))}
                deleteLabel={t('common.remove')}
              />
            )}
          </li>
        ))}
      </ul>
      {!readOnly && (
        <div className="add-row">
          <input
            type="text"
            value={adding}
            placeholder={addLabel}
            aria-label={addLabel}
            data-testid={`${testId}-new`}
            onChange={(event) => setAdding(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                add();
              }
            }}
          />
          <button
            type="button"
            className="button small"
            onClick={add}
            disabled={!adding.trim()}
            data-testid={`${testId}-add`}
          >
            {t('common.add')}
          </button>
        </div>
      )}
    </div>
  );
}
