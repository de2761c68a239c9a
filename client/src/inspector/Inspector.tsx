import { type Design, designIndex } from '@orgcanvas/model';
import { useI18n } from '../i18n';
import type { EditorActions } from '../session';
import { AreasEditor } from './AreasEditor';
import { CollaboratorsEditor } from './CollaboratorsEditor';
import { DottedLines } from './DottedLines';
import { PayEditor } from './PayEditor';
import { RoleBasics } from './RoleBasics';
import { StringListEditor } from './StringListEditor';
import { Section, TextField } from './fields';
import type { RoleSectionProps } from './sectionProps';

interface InspectorProps {
  readonly design: Design;
  readonly selection: readonly string[];
  readonly readOnly: boolean;
  readonly actions: EditorActions;
  onSelect(ids: string[]): void;
  /** Tells presence which role this user is editing (focus inside the inspector), or null. */
  onEditing?(roleId: string | null): void;
}

/** Every field of the selected role, each written through a typed operation as it changes. */
export function Inspector({ design, selection, readOnly, actions, onSelect, onEditing }: InspectorProps) {
  const { t } = useI18n();
  const primary = selection[selection.length - 1];
  const role = primary === undefined ? undefined : designIndex(design).rolesById.get(primary);
  if (!role)
    return (
      <p className="empty" data-testid="inspector-empty">
        {t('inspector.empty')}
      </p>
    );
  return (
    <div
      className="inspector"
      data-testid="inspector"
      data-role-id={role.id}
      onFocus={() => onEditing?.(role.id)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) onEditing?.(null);
      }}
    >
      {selection.length > 1 && <p className="hint">{t('inspector.multi', { count: selection.length })}</p>}
      <RoleBasics
        key={role.id}
        role={role}
        design={design}
        readOnly={readOnly}
        actions={actions}
        onSelect={onSelect}
      />
      <RoleDetails role={role} design={design} readOnly={readOnly} actions={actions} />
    </div>
  );
}

function RoleDetails({ role, design, readOnly, actions }: RoleSectionProps) {
  const { t } = useI18n();
  const update = (patch: Parameters<typeof updatePatch>[0]) => actions.apply(updatePatch(patch, role.id));
  return (
    <>
      <Section title={t('inspector.responsibilities')} testId="section-responsibilities">
        <AreasEditor
          owner={{ kind: 'role', id: role.id }}
          areas={role.responsibilities}
          design={design}
          readOnly={readOnly}
          actions={actions}
        />
      </Section>
      <Section title={t('inspector.collaborators')} testId="section-collaborators">
        <CollaboratorsEditor role={role} design={design} readOnly={readOnly} actions={actions} />
      </Section>
      <Section title={t('inspector.externalParties')} testId="section-external">
        <StringListEditor
          label={t('inspector.externalParties')}
          addLabel={t('inspector.addExternal')}
          values={role.externalParties}
          readOnly={readOnly}
          testId="external-parties"
          onChange={(externalParties) => update({ externalParties })}
        />
      </Section>
      <Section title={t('inspector.dottedLines')} testId="section-dotted">
        <DottedLines role={role} design={design} readOnly={readOnly} actions={actions} />
      </Section>
      <Section title={t('inspector.additionalDuties')} testId="section-duties">
        <StringListEditor
          label={t('inspector.additionalDuties')}
          addLabel={t('inspector.addDuty')}
          values={role.additionalDuties}
          readOnly={readOnly}
          testId="additional-duties"
          onChange={(additionalDuties) => update({ additionalDuties })}
        />
      </Section>
      <Section title={t('inspector.workingTime')} testId="section-working-time">
        <TextField
          compact
          label={t('inspector.workingTime')}
          value={role.workingTime}
          readOnly={readOnly}
          testId="working-time"
          onCommit={(workingTime) => update({ workingTime })}
        />
      </Section>
      <Section title={t('inspector.pay')} testId="section-pay">
        <PayEditor role={role} design={design} readOnly={readOnly} actions={actions} />
      </Section>
      <Section title={t('inspector.notes')} testId="section-notes">
        <TextField
          compact
          multiline
          label={t('inspector.notes')}
          value={role.notes}
          readOnly={readOnly}
          testId="role-notes"
          onCommit={(notes) => update({ notes })}
        />
      </Section>
    </>
  );
}

function updatePatch(
  patch: { externalParties?: string[]; additionalDuties?: string[]; workingTime?: string; notes?: string },
  id: string,
) {
  return { type: 'role.update' as const, id, patch };
}
