import type { Design, Role, RolePatch } from '@orgcanvas/model';
import { useI18n } from '../i18n';
import type { EditorActions } from '../session';
import { CheckField, NumberField, type Option, Section, SelectField, TextField } from './fields';
import { unitOptions } from './options';

/** Title, unit, manager, headcount, flags and purpose: the card's own facts. */
export function RoleBasics({
  role,
  design,
  readOnly,
  actions,
  onSelect,
}: {
  role: Role;
  design: Design;
  readOnly: boolean;
  actions: EditorActions;
  onSelect(ids: string[]): void;
}) {
  const { t } = useI18n();
  const update = (patch: RolePatch) => actions.apply({ type: 'role.update', id: role.id, patch });
  const managers: Option[] = [
    { value: '', label: t('inspector.topLevel') },
    ...design.roles
      .filter((candidate) => candidate.id !== role.id)
      .map((candidate) => ({ value: candidate.id, label: candidate.title || t('common.untitled') })),
  ];
  const titles = new Map(design.roles.map((entry) => [entry.id, entry.title]));
  return (
    <Section title={t('editor.inspector')} testId="section-basics">
      <TextField
        label={t('inspector.title')}
        value={role.title}
        readOnly={readOnly}
        testId="role-title"
        onCommit={(title) => update({ title })}
      />
      <div className="grid-2">
        <SelectField
          label={t('inspector.unit')}
          value={role.unitId ?? ''}
          options={unitOptions(design, t('inspector.noUnit'))}
          readOnly={readOnly}
          testId="role-unit"
          onChange={(value) => update({ unitId: value === '' ? null : value })}
        />
        <SelectField
          label={t('inspector.reportsTo')}
          value={role.reportsTo ?? ''}
          options={managers}
          readOnly={readOnly}
          testId="role-reports-to"
          onChange={(value) => actions.reparent(role.id, value === '' ? null : value)}
        />
        <NumberField
          label={t('inspector.headcount')}
          value={role.headcount}
          readOnly={readOnly}
          min={0}
          step={1}
          integer
          testId="role-headcount"
          onCommit={(value) => value !== null && update({ headcount: value })}
        />
        <div className="checks">
          <CheckField
            label={t('inspector.optional')}
            checked={role.optional}
            readOnly={readOnly}
            testId="role-optional"
            onChange={(optional) => update({ optional })}
          />
          <CheckField
            label={t('inspector.assistant')}
            checked={role.assistant}
            readOnly={readOnly}
            testId="role-assistant"
            onChange={(assistant) => update({ assistant })}
          />
        </div>
      </div>
      <TextField
        label={t('inspector.purpose')}
        multiline
        value={role.purpose}
        readOnly={readOnly}
        testId="role-purpose"
        onCommit={(purpose) => update({ purpose })}
      />
      {role.subordinates.length > 0 && (
        <div className="field">
          <span>{t('inspector.subordinates')}</span>
          <ul className="chips">
            {role.subordinates.map((id) => (
              <li key={id}>
                <button type="button" className="chip chip-link" onClick={() => onSelect([id])}>
                  {titles.get(id) ?? id}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </Section>
  );
}
