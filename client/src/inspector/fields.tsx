import { useId, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n';

interface TextFieldProps {
  readonly label: string;
  readonly value: string;
  readonly readOnly: boolean;
  readonly multiline?: boolean;
  readonly placeholder?: string;
  readonly testId?: string;
  readonly maxLength?: number;
  /** Hide the visible label (the field sits in a row that already says what it is). */
  readonly compact?: boolean;
  onCommit(value: string): void;
}

/**
 * A text field that writes every keystroke (the model applies it as a minimal diff, so concurrent
 * typing elsewhere in the text merges) but shows its own draft while focused, so a remote echo never
 * moves the caret.
 */
export function TextField({
  label,
  value,
  readOnly,
  multiline,
  placeholder,
  testId,
  maxLength,
  compact,
  onCommit,
}: TextFieldProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const shown = draft ?? value;
  const common = {
    value: shown,
    readOnly,
    placeholder,
    maxLength,
    'data-testid': testId,
    'aria-label': compact ? label : undefined,
    onFocus: () => setDraft(value),
    onBlur: () => setDraft(null),
    onChange: (event: { target: { value: string } }) => {
      setDraft(event.target.value);
      onCommit(event.target.value);
    },
  };
  const control = multiline ? <textarea rows={3} {...common} /> : <input type="text" {...common} />;
  if (compact) return control;
  return (
    <label className="field">
      <span>{label}</span>
      {control}
    </label>
  );
}

interface NumberFieldProps {
  readonly label: string;
  readonly value: number | null;
  readonly readOnly: boolean;
  readonly nullable?: boolean;
  readonly min?: number;
  readonly step?: number | 'any';
  readonly integer?: boolean;
  readonly testId?: string;
  readonly hint?: ReactNode;
  onCommit(value: number | null): void;
}

/** A number that commits on blur or Enter when valid; empty means "not set" where that is allowed. */
export function NumberField({
  label,
  value,
  readOnly,
  nullable,
  min,
  step = 'any',
  integer,
  testId,
  hint,
  onCommit,
}: NumberFieldProps) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<string | null>(null);
  const shown = draft ?? (value === null ? '' : String(value));
  const parsed = parseNumber(shown, { nullable: nullable === true, min, integer: integer === true });
  const commit = () => {
    if (draft === null) return;
    if (parsed.ok && parsed.value !== value) onCommit(parsed.value);
    setDraft(null);
  };
  const id = useId();
  return (
    <label className="field">
      <span>{label}</span>
      <input
        type="number"
        inputMode="decimal"
        step={step}
        min={min}
        value={shown}
        readOnly={readOnly}
        data-testid={testId}
        aria-invalid={!parsed.ok}
        aria-describedby={!parsed.ok ? id : undefined}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
          if (event.key === 'Escape') setDraft(null);
        }}
      />
      {!parsed.ok && (
        <small id={id} className="error-text">
          {t('inspector.invalidNumber')}
        </small>
      )}
      {hint && <small className="hint">{hint}</small>}
    </label>
  );
}

export function parseNumber(
  text: string,
  rules: { nullable: boolean; min?: number; integer: boolean },
): { ok: true; value: number | null } | { ok: false } {
  const trimmed = text.trim();
  if (trimmed === '') return rules.nullable ? { ok: true, value: null } : { ok: false };
  const value = Number(trimmed);
  if (!Number.isFinite(value)) return { ok: false };
  if (rules.integer && !Number.isInteger(value)) return { ok: false };
  if (rules.min !== undefined && value < rules.min) return { ok: false };
  return { ok: true, value };
}

export function CheckField({
  label,
  checked,
  readOnly,
  testId,
  onChange,
}: {
  label: string;
  checked: boolean;
  readOnly: boolean;
  testId?: string;
  onChange(checked: boolean): void;
}) {
  return (
    <label className="check-field">
      <input
        type="checkbox"
        checked={checked}
        disabled={readOnly}
        data-testid={testId}
        onChange={(event) => onChange(event.target.checked)}
      />
      <span>{label}</span>
    </label>
  );
}

export interface Option {
  readonly value: string;
  readonly label: string;
}

export function SelectField({
  label,
  value,
  options,
  readOnly,
  testId,
  compact,
  onChange,
}: {
  label: string;
  value: string;
  options: readonly Option[];
  readOnly: boolean;
  testId?: string;
  compact?: boolean;
  onChange(value: string): void;
}) {
  const select = (
    <select
      value={value}
      disabled={readOnly}
      data-testid={testId}
      aria-label={compact ? label : undefined}
      onChange={(event) => onChange(event.target.value)}
    >
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  );
  if (compact) return select;
  return (
    <label className="field">
      <span>{label}</span>
      {select}
    </label>
  );
}

export function Section({
  title,
  children,
  testId,
  actions,
}: {
  title: string;
  children: ReactNode;
  testId?: string;
  actions?: ReactNode;
}) {
  return (
    <section className="inspector-section" data-testid={testId}>
      <div className="section-heading">
        <h3>{title}</h3>
        {actions}
      </div>
      {children}
    </section>
  );
}
