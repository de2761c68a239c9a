import { useState } from 'react';
import { type Design, designIndex } from '@orgcanvas/model';
import { useI18n } from '../i18n';
import type { EditorActions } from '../session';
import { UnitEditor } from './UnitEditor';

/**
 * The unit manager: the unit tree with colours and role counts, "new unit" and "new sub-unit", and
 * the editor of the chosen unit.
 */
export function UnitManager({
  design,
  readOnly,
  actions,
  onChosen,
}: {
  design: Design;
  readOnly: boolean;
  actions: EditorActions;
  /** Tells the editor which unit is open, so its deletion by someone else can be explained. */
  onChosen?(unitId: string | null): void;
}) {
  const { t } = useI18n();
  const [chosen, setChosenState] = useState<string | null>(null);
  const setChosen = (id: string | null) => {
    setChosenState(id);
    onChosen?.(id);
  };
  const { unitDepth: depths, rolesOfUnit, unitsById } = designIndex(design);
  const unit = chosen === null ? undefined : unitsById.get(chosen);

  const create = (parentId: string | null) => {
    const result = actions.apply({ type: 'unit.create', name: t('units.newName'), parentId });
    if (result.ok && result.value.id) setChosen(result.value.id);
  };

  return (
    <div className="unit-manager" data-testid="unit-manager">
      <div className="section-heading">
        <h3>{t('units.title')}</h3>
        {!readOnly && (
          <div className="row-actions">
            <button
              type="button"
              className="button small"
              onClick={() => create(null)}
              data-testid="add-unit"
            >
              + {t('units.add')}
            </button>
            {unit && (
              <button
                type="button"
                className="button small"
                onClick={() => create(unit.id)}
                data-testid="add-sub-unit"
              >
                + {t('units.addChild')}
              </button>
            )}
          </div>
        )}
      </div>
      {design.units.length === 0 ? (
        <p className="empty">{t('units.empty')}</p>
      ) : (
        <ul className="unit-list" aria-label={t('units.legend')} data-testid="unit-list">
          {design.units.map((entry) => (
            <li key={entry.id}>
              <button
                type="button"
                className={entry.id === chosen ? 'unit-row selected' : 'unit-row'}
                style={{ paddingInlineStart: `${(depths.get(entry.id) ?? 0) * 14 + 8}px` }}
                aria-pressed={entry.id === chosen}
                data-testid="unit-row"
                data-unit-id={entry.id}
                onClick={() => setChosen(entry.id === chosen ? null : entry.id)}
              >
                <span className="unit-swatch big" style={{ background: entry.color }} aria-hidden="true" />
                <span className="unit-name">{entry.name || t('common.untitled')}</span>
                <span className="muted small">
                  {t('units.roleCount', { count: rolesOfUnit.get(entry.id)?.length ?? 0 })}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {unit && (
        <UnitEditor
          key={unit.id}
          unit={unit}
          design={design}
          readOnly={readOnly}
          actions={actions}
          onDeleted={() => setChosen(null)}
        />
      )}
    </div>
  );
}
