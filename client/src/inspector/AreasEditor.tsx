import {
  CADENCES,
  type Cadence,
  type Design,
  type Owner,
  type ResponsibilityArea,
  type WorkItem,
} from '@orgcanvas/model';
import { useI18n } from '../i18n';
import type { EditorActions } from '../session';
import { type Option, SelectField, TextField } from './fields';
import { type RecipientLabels, recipientOptions } from './options';

interface AreasEditorProps {
  readonly owner: Owner;
  readonly areas: readonly ResponsibilityArea[];
  readonly design: Design;
  readonly readOnly: boolean;
  readonly actions: Pick<EditorActions, 'apply'>;
}

/** Responsibility areas (职责与工作内容) of a role or a unit: headings with numbered work items. */
export function AreasEditor({ owner, areas, design, readOnly, actions }: AreasEditorProps) {
  const { t } = useI18n();
  // The "none" entry reads "Report to: none" so the empty select still says what it is for.
  const recipients: RecipientLabels = {
    none: `${t('inspector.recipient')}: ${t('common.none')}`,
    untitled: t('common.untitled'),
    roles: t('inspector.recipientRoles'),
    units: t('inspector.recipientUnits'),
  };
  return (
    <div className="areas" data-testid="areas">
      {areas.map((area, index) => (
        <fieldset key={area.id} className="area" data-testid="area" data-area-id={area.id}>
          <div className="area-heading">
            <span className="area-number">{index + 1}</span>
            <TextField
              compact
              label={t('inspector.areaTitle')}
              value={area.title}
              readOnly={readOnly}
              testId="area-title"
              onCommit={(title) => actions.apply({ type: 'area.update', owner, areaId: area.id, title })}
            />
            {!readOnly && (
              <ReorderButtons
                index={index}
                count={areas.length}
                onMove={(to) => actions.apply({ type: 'area.move', owner, areaId: area.id, index: to })}
                onDelete={() => actions.apply({ type: 'area.delete', owner, areaId: area.id })}
                deleteLabel={t('inspector.deleteArea')}
              />
            )}
          </div>
          <ol className="items">
            {area.items.map((item, itemIndex) => (
              <ItemRow
                key={item.id}
                owner={owner}
                area={area}
                item={item}
                index={itemIndex}
                design={design}
                recipients={recipients}
                readOnly={readOnly}
                actions={actions}
              />
            ))}
          </ol>
          {!readOnly && (
            <button
              type="button"
              className="button ghost small"
              data-testid="add-item"
              onClick={() => actions.apply({ type: 'item.add', owner, areaId: area.id, text: '' })}
            >
              + {t('inspector.addItem')}
            </button>
          )}
        </fieldset>
      ))}
      {!readOnly && (
        <button
          type="button"
          className="button small"
          data-testid="add-area"
          onClick={() => actions.apply({ type: 'area.add', owner, title: t('inspector.newArea') })}
        >
          + {t('inspector.addArea')}
        </button>
      )}
    </div>
  );
}

interface ItemRowProps {
  readonly owner: Owner;
  readonly area: ResponsibilityArea;
  readonly item: WorkItem;
  readonly index: number;
  readonly design: Design;
  readonly recipients: RecipientLabels;
  readonly readOnly: boolean;
  readonly actions: Pick<EditorActions, 'apply'>;
}

function ItemRow({ owner, area, item, index, design, recipients, readOnly, actions }: ItemRowProps) {
  const { t } = useI18n();
  const update = (patch: {
    text?: string;
    cadence?: Cadence | null;
    time?: string | null;
    recipient?: string | null;
  }) => actions.apply({ type: 'item.update', owner, areaId: area.id, itemId: item.id, patch });
  const cadences: Option[] = [
    { value: '', label: t('cadence.none') },
    ...CADENCES.map((cadence) => ({ value: cadence, label: t(`cadence.${cadence}`) })),
  ];
  return (
    <li className="item" data-testid="item" data-item-id={item.id}>
      <div className="item-main">
        <TextField
          compact
          multiline
          label={t('inspector.itemText')}
          value={item.text}
          readOnly={readOnly}
          testId="item-text"
          onCommit={(text) => update({ text })}
        />
        {!readOnly && (
          <ReorderButtons
            index={index}
            count={area.items.length}
            onMove={(to) =>
              actions.apply({ type: 'item.move', owner, areaId: area.id, itemId: item.id, index: to })
            }
            onDelete={() => actions.apply({ type: 'item.delete', owner, areaId: area.id, itemId: item.id })}
            deleteLabel={t('inspector.deleteItem')}
          />
        )}
      </div>
      <div className="item-meta">
        <SelectField
          compact
          label={t('inspector.cadence')}
          value={item.cadence ?? ''}
          options={cadences}
          readOnly={readOnly}
          testId="item-cadence"
          onChange={(value) => update({ cadence: value === '' ? null : (value as Cadence) })}
        />
        <TextField
          compact
          label={t('inspector.time')}
          placeholder={t('inspector.timePlaceholder')}
          value={item.time ?? ''}
          readOnly={readOnly}
          testId="item-time"
          onCommit={(time) => update({ time: time === '' ? null : time })}
        />
        <SelectField
          compact
          label={t('inspector.recipient')}
          value={item.recipient ?? ''}
          options={recipientOptions(design, owner.id, item.recipient, recipients)}
          readOnly={readOnly}
          testId="item-recipient"
          onChange={(value) => update({ recipient: value === '' ? null : value })}
        />
      </div>
    </li>
  );
}

export function ReorderButtons({
  index,
  count,
  onMove,
  onDelete,
  deleteLabel,
}: {
  index: number;
  count: number;
  onMove(index: number): void;
  onDelete(): void;
  deleteLabel: string;
}) {
  const { t } = useI18n();
  return (
    <span className="reorder">
      <button
        type="button"
        className="icon-button"
        aria-label={t('common.moveUp')}
        disabled={index === 0}
        onClick={() => onMove(index - 1)}
      >
        ↑
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={t('common.moveDown')}
        disabled={index === count - 1}
        onClick={() => onMove(index + 1)}
      >
        ↓
      </button>
      <button type="button" className="icon-button danger" aria-label={deleteLabel} onClick={onDelete}>
        ×
      </button>
    </span>
  );
}
