import { useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { LIMITS } from '@orgcanvas/model';
import { rebaseCaret, rebaseEdit } from './textMerge';
import { LimitNote } from '../app/LimitNote';
import { useI18n } from '../i18n';

interface TextFieldProps {
  readonly label: string;
  readonly value: string;
  readonly readOnly: boolean;
  readonly multiline?: boolean;
  readonly placeholder?: string;
  readonly testId?: string;
  /** Defaults to the model's limit: short text for one line, long text for several. */
  readonly maxLength?: number;
  /** Hide the visible label (the field sits in a row that already says what it is). */
  readonly compact?: boolean;
  onCommit(value: string): void;
}

/**
 * A text field bound to shared text. Every keystroke is written at once (the model stores it as the
 * smallest splice), and the field always shows the shared text, so words someone else types into the
 * same field appear as they type and are never overwritten by a stale copy of ours. When their edit
 * lands while we are in the field, our caret is carried past it. During IME composition (pinyin) the
 * field keeps its own draft and writes only the composed characters.
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
  const element = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const [composing, setComposing] = useState<string | null>(null);
  const shown = composing ?? value;
  const caret = useRef<{ start: number; end: number } | null>(null);
  const rendered = useRef(shown);
  const typed = useRef<string | null>(null);
  const compositionBase = useRef(value);

  useLayoutEffect(() => {
    const previous = rendered.current;
    rendered.current = shown;
    const field = element.current;
    const saved = caret.current;
    if (previous === shown || typed.current === shown || !field || !saved) return;
    if (field.ownerDocument.activeElement !== field) return;
    const start = rebaseCaret(previous, shown, saved.start);
    const end = rebaseCaret(previous, shown, saved.end);
    field.setSelectionRange(start, end);
    caret.current = { start, end };
  }, [shown]);

  const commit = (base: string, edited: string) => {
    const merged = rebaseEdit(base, edited, value);
    typed.current = merged;
    onCommit(merged);
  };
  const remember = () => {
    const field = element.current;
    if (field) caret.current = { start: field.selectionStart ?? 0, end: field.selectionEnd ?? 0 };
  };
  const common = {
    ref: element,
    value: shown,
    readOnly,
    placeholder,
    maxLength: maxLength ?? (multiline ? LIMITS.longText : LIMITS.shortText),
    'data-testid': testId,
    'aria-label': compact ? label : undefined,
    onSelect: remember,
    onChange: (event: { target: { value: string } }) => {
      remember();
      if (composing !== null) {
        setComposing(event.target.value);
        return;
      }
      commit(rendered.current, event.target.value);
    },
    onCompositionStart: () => {
      compositionBase.current = value;
      setComposing(value);
    },
    onCompositionEnd: (event: { currentTarget: { value: string } }) => {
      setComposing(null);
      commit(compositionBase.current, event.currentTarget.value);
    },
    onBlur: () => {
      typed.current = null;
    },
  };
  const input = multiline ? <textarea rows={3} {...common} /> : <input type="text" {...common} />;
  const control = (
    <>
      {input}
      <LimitNote length={shown.length} limit={common.maxLength} />
    </>
  );
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
  /** Neighbouring options with the same group are shown under one heading (an <optgroup>). */
  readonly group?: string;
}

function renderOption(option: Option) {
  return (
    <option key={option.value} value={option.value}>
      {option.label}
    </option>
  );
}

/** Consecutive options of one group, in order; options without a group stand alone. */
function runsOf(options: readonly Option[]): { group: string | undefined; options: Option[] }[] {
  const runs: { group: string | undefined; options: Option[] }[] = [];
  for (const option of options) {
    const last = runs.at(-1);
    if (last && option.group !== undefined && last.group === option.group) last.options.push(option);
    else runs.push({ group: option.group, options: [option] });
  }
  return runs;
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
      {runsOf(options).flatMap((run) =>
        run.group === undefined
          ? run.options.map(renderOption)
          : [
              <optgroup key={`group:${run.group}`} label={run.group}>
                {run.options.map(renderOption)}
              </optgroup>,
            ],
      )}
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
