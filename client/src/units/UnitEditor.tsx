import { useState } from 'react';
import {
  UNIT_KINDS,
  UNIT_PALETTE,
  type Design,
  type Unit,
  type UnitPatch,
  checkUnitMove,
} from '@orgcanvas/model';
import { Dialog } from '../app/Dialog';
import { useI18n } from '../i18n';
import type { EditorActions } from '../session';
import { AreasEditor, NumberField, Section, SelectField, TextField, unitOptions } from '../inspector';

/** One unit's fields: name, kind, colour, parent, department coefficient, responsibilities, notes. */
export function UnitEditor({
  unit,
  design,
  readOnly,
  actions,
  onDeleted,
}: {
  unit: Unit;
  design: Design;
  readOnly: boolean;
  actions: EditorActions;
  onDeleted(): void;
}) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const update = (patch: UnitPatch) => actions.apply({ type: 'unit.update', id: unit.id, patch });
  return (
    <div className="unit-editor" data-testid="unit-editor" data-unit-id={unit.id}>
      <Section title={t('units.edit')}>
        <TextField
          label={t('units.name')}
          value={unit.name}
          readOnly={readOnly}
          testId="unit-name"
          onCommit={(name) => name.trim() && update({ name })}
        />
        <div className="grid-2">
          <SelectField
            label={t('units.kind')}
            value={unit.kind}
            options={UNIT_KINDS.map((kind) => ({ value: kind, label: t(`unitKind.${kind}`) }))}
            readOnly={readOnly}
            testId="unit-kind"
            onChange={(kind) => update({ kind: kind as Unit['kind'] })}
          />
          <SelectField
            label={t('units.parent')}
            value={unit.parentId ?? ''}
            options={unitOptions(
              design,
              t('units.noParent'),
              (parentId) => checkUnitMove(design, unit.id, parentId).ok,
            )}
            readOnly={readOnly}
            testId="unit-parent"
            onChange={(value) =>
              actions.apply({ type: 'unit.move', id: unit.id, parentId: value === '' ? null : value })
            }
          />
        </div>
        <div className="field">
          <span>{t('units.color')}</span>
          <div className="swatches" role="radiogroup" aria-label={t('units.color')}>
            {UNIT_PALETTE.map((colour) => (
              <button
                key={colour}
                type="button"
                role="radio"
                aria-checked={unit.color.toLowerCase() === colour}
                aria-label={colour}
                className="swatch"
                style={{ background: colour }}
                disabled={readOnly}
                onClick={() => update({ color: colour })}
              />
            ))}
            <input
              type="color"
              value={unit.color}
              disabled={readOnly}
              aria-label={t('units.color')}
              data-testid="unit-color"
              onChange={(event) => update({ color: event.target.value })}
            />
          </div>
        </div>
        <NumberField
          label={t('units.coefficient')}
          value={unit.performanceCoefficient}
          readOnly={readOnly}
          nullable
          min={0}
          testId="unit-coefficient"
          onCommit={(performanceCoefficient) => update({ performanceCoefficient })}
        />
      </Section>
      <Section title={t('units.responsibilities')} testId="unit-responsibilities">
        <AreasEditor
          owner={{ kind: 'unit', id: unit.id }}
          areas={unit.responsibilities}
          design={design}
          readOnly={readOnly}
          actions={actions}
        />
      </Section>
      <Section title={t('units.notes')}>
        <TextField
          compact
          multiline
          label={t('units.notes')}
          value={unit.notes}
          readOnly={readOnly}
          testId="unit-notes"
          onCommit={(notes) => update({ notes })}
        />
      </Section>
      {!readOnly && (
        <button
          type="button"
          className="button danger small"
          onClick={() => setConfirming(true)}
          data-testid="delete-unit"
        >
          {t('units.delete')}
        </button>
      )}
      {confirming && (
        <Dialog
          title={t('units.delete')}
          onClose={() => setConfirming(false)}
          testId="delete-unit-dialog"
          footer={
            <>
              <button type="button" className="button" onClick={() => setConfirming(false)}>
                {t('common.cancel')}
              </button>
              <button
                type="button"
                className="button danger-fill"
                data-testid="delete-unit-confirm"
                onClick={() => {
                  setConfirming(false);
                  if (actions.apply({ type: 'unit.delete', id: unit.id }).ok) onDeleted();
                }}
              >
                {t('common.delete')}
              </button>
            </>
          }
        >
          <p>{t('units.confirmDelete', { name: unit.name })}</p>
        </Dialog>
      )}
    </div>
  );
}
