import { type Design, type DesignNote, NOTE_KINDS, type NoteKind } from '@orgcanvas/model';
import type { EditorActions } from '../session';
import { useI18n } from '../i18n';
import { Section, SelectField, TextField } from '../inspector';

/**
 * What a design says beyond its roles: its description, and notes such as how personnel cost is
 * counted (人员成本), an incentive pool, a budget or a dated near-term plan.
 */
export function DesignNotes({
  design,
  readOnly,
  actions,
}: {
  design: Design;
  readOnly: boolean;
  actions: EditorActions;
}) {
  const { t } = useI18n();
  return (
    <div className="design-notes" data-testid="design-notes">
      <Section title={t('notes.description')}>
        <TextField
          compact
          multiline
          label={t('notes.description')}
          value={design.description}
          readOnly={readOnly}
          testId="design-description"
          onCommit={(description) => actions.apply({ type: 'design.describe', description })}
        />
      </Section>
      <Section
        title={t('notes.heading')}
        actions={
          !readOnly && (
            <button
              type="button"
              className="button small"
              data-testid="add-note"
              onClick={() => actions.apply({ type: 'note.add', title: t('notes.newTitle') })}
            >
              {t('notes.add')}
            </button>
          )
        }
      >
        {design.notes.length === 0 && <p className="muted small">{t('notes.empty')}</p>}
        {design.notes.map((note) => (
          <NoteEditor key={note.id} note={note} readOnly={readOnly} actions={actions} />
        ))}
      </Section>
    </div>
  );
}

function NoteEditor({
  note,
  readOnly,
  actions,
}: {
  note: DesignNote;
  readOnly: boolean;
  actions: EditorActions;
}) {
  const { t } = useI18n();
  const update = (patch: { kind?: NoteKind; title?: string; text?: string; date?: string | null }) =>
    actions.apply({ type: 'note.update', id: note.id, patch });
  return (
    <fieldset className="area" data-testid="note" data-note-id={note.id}>
      <div className="note-head">
        <SelectField
          compact
          label={t('notes.kind')}
          value={note.kind}
          readOnly={readOnly}
          testId="note-kind"
          options={NOTE_KINDS.map((kind) => ({ value: kind, label: t(`notes.kind.${kind}`) }))}
          onChange={(kind) => update({ kind: kind as NoteKind })}
        />
        <input
          type="date"
          value={note.date ?? ''}
          readOnly={readOnly}
          aria-label={t('notes.date')}
          data-testid="note-date"
          onChange={(event) => update({ date: event.target.value === '' ? null : event.target.value })}
        />
        {!readOnly && (
          <button
            type="button"
            className="icon-button danger"
            aria-label={t('notes.delete')}
            data-testid="delete-note"
            onClick={() => actions.apply({ type: 'note.delete', id: note.id })}
          >
            ×
          </button>
        )}
      </div>
      <TextField
        label={t('notes.title')}
        value={note.title}
        readOnly={readOnly}
        testId="note-title"
        onCommit={(title) => update({ title })}
      />
      <TextField
        label={t('notes.text')}
        multiline
        value={note.text}
        readOnly={readOnly}
        testId="note-text"
        onCommit={(text) => update({ text })}
      />
    </fieldset>
  );
}
