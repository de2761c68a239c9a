import { memo, useState, type DragEvent, type MouseEvent } from 'react';
import type { Unit } from '@orgcanvas/model';
import { useI18n } from '../i18n';
import type { CanReparent, PeerPresence, VisibleRow } from '../session';
import { RenameInput } from './RenameInput';

interface OutlineItemProps {
  readonly row: VisibleRow;
  /** The role's unit, if it has one. */
  readonly unit: Unit | undefined;
  /** How many roles a collapsed row hides (0 when it is expanded or has none). */
  readonly hidden: number;
  readonly selected: boolean;
  readonly tabbable: boolean;
  readonly renaming: boolean;
  readonly hit: boolean;
  readonly readOnly: boolean;
  readonly peers: readonly PeerPresence[] | undefined;
  readonly dragging: string | null;
  onDragState(id: string | null): void;
  onSelect(ids: string[], options?: { toggle?: boolean }): void;
  onSetCollapsed(id: string, collapsed: boolean): void;
  onStartRename(id: string): void;
  onRename(id: string, title: string | null): void;
  canReparent(roleId: string, managerId: string | null): CanReparent;
  onReparent(roleId: string, managerId: string | null): void;
}

const DRAG_TYPE = 'application/x-orgcanvas-role';

function OutlineItemView(props: OutlineItemProps) {
  const { row, unit, hidden, selected, renaming, hit, peers, readOnly } = props;
  const { role } = row;
  const { t } = useI18n();
  const [dropState, setDropState] = useState<'ok' | 'refused' | null>(null);
  const duties = role.responsibilities.reduce((sum, area) => sum + area.items.length, 0);

  const label = [
    role.title || t('common.untitled'),
    unit?.name,
    role.headcount !== 1 ? t('editor.headcountTotal', { count: role.headcount }) : undefined,
    role.optional ? t('outline.optional') : undefined,
    role.assistant ? t('outline.assistant') : undefined,
    row.hasChildren ? t('outline.reports', { count: role.subordinates.length }) : undefined,
    duties > 0 ? t('outline.dutiesTitle', { count: duties }) : undefined,
    hidden > 0 ? t('outline.hiddenTitle', { count: hidden }) : undefined,
  ]
    .filter(Boolean)
    .join(', ');

  const click = (event: MouseEvent) => {
    if (renaming) return;
    props.onSelect([role.id], { toggle: event.shiftKey || event.ctrlKey || event.metaKey });
  };

  const dragOver = (event: DragEvent) => {
    if (readOnly || !props.dragging || props.dragging === role.id) return;
    const check = props.canReparent(props.dragging, role.id);
    setDropState(check.ok ? 'ok' : 'refused');
    if (check.ok) {
      event.preventDefault();
      event.dataTransfer.dropEffect = 'move';
    } else {
      event.dataTransfer.dropEffect = 'none';
    }
  };

  const drop = (event: DragEvent) => {
    event.preventDefault();
    setDropState(null);
    const dragged = event.dataTransfer.getData(DRAG_TYPE) || props.dragging;
    props.onDragState(null);
    if (dragged && dragged !== role.id) props.onReparent(dragged, role.id);
  };

  const className = [
    'treeitem',
    selected && 'selected',
    hit && 'search-hit',
    dropState === 'ok' && 'drop-ok',
    dropState === 'refused' && 'drop-refused',
    role.optional && 'optional',
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <div
      role="treeitem"
      aria-level={row.level}
      aria-posinset={row.position}
      aria-setsize={row.setSize}
      aria-expanded={row.hasChildren ? row.expanded : undefined}
      aria-selected={selected}
      aria-label={label}
      tabIndex={props.tabbable ? 0 : -1}
      className={className}
      style={{ paddingInlineStart: `${(row.level - 1) * 16 + 6}px` }}
      data-testid="outline-item"
      data-role-id={role.id}
      title={dropState === 'refused' && props.dragging ? refusedReason(props) : undefined}
      draggable={!readOnly && !renaming}
      onClick={click}
      onDoubleClick={() => !readOnly && props.onStartRename(role.id)}
      onDragStart={(event) => {
        event.dataTransfer.setData(DRAG_TYPE, role.id);
        event.dataTransfer.effectAllowed = 'move';
        props.onDragState(role.id);
      }}
      onDragEnd={() => props.onDragState(null)}
      onDragOver={dragOver}
      onDragLeave={() => setDropState(null)}
      onDrop={drop}
    >
      <span
        className={row.hasChildren ? 'twisty' : 'twisty leaf'}
        aria-hidden="true"
        data-testid="outline-toggle"
        onClick={(event) => {
          event.stopPropagation();
          if (row.hasChildren) props.onSetCollapsed(role.id, row.expanded);
        }}
      >
        {row.hasChildren ? (row.expanded ? '▾' : '▸') : ''}
      </span>
      <span className="unit-swatch" style={{ background: unit?.color ?? 'transparent' }} aria-hidden="true" />
      {renaming ? (
        <RenameInput initial={role.title} onDone={(title) => props.onRename(role.id, title)} />
      ) : (
        <span className="treeitem-title" data-testid="outline-title">
          {role.title || t('common.untitled')}
        </span>
      )}
      {/* The row's aria-label already says all of this; the pills are for the eye, each titled. */}
      <span className="treeitem-meta" aria-hidden="true">
        {role.headcount !== 1 && (
          <span className="pill" title={t('outline.headcountTitle', { count: role.headcount })}>
            ×{role.headcount}
          </span>
        )}
        {role.optional && <span className="pill dashed">{t('outline.optional')}</span>}
        {role.assistant && <span className="pill">{t('outline.assistant')}</span>}
        {duties > 0 && (
          <span
            className="pill muted-pill"
            title={t('outline.dutiesTitle', { count: duties })}
            data-testid="outline-duties"
          >
            {t('outline.duties', { count: duties })}
          </span>
        )}
        {hidden > 0 && (
          <span className="pill hidden-count" title={t('outline.hiddenTitle', { count: hidden })}>
            {t('outline.hidden', { count: hidden })}
          </span>
        )}
        {peers?.map((peer) => (
          <span
            key={peer.clientId}
            className="peer-dot"
            style={{ background: peer.color }}
            title={peer.name}
          />
        ))}
      </span>
    </div>
  );
}

function refusedReason(props: OutlineItemProps): string | undefined {
  if (!props.dragging) return undefined;
  const check = props.canReparent(props.dragging, props.row.role.id);
  return check.ok ? undefined : check.reason;
}

/**
 * Rows are rebuilt on every outline render; a row whose role (the same object while unchanged), place
 * and every other prop are the same is not rendered again, so an edit or a newly shown batch of rows
 * re-renders only what changed among thousands.
 */
function sameItem(a: OutlineItemProps, b: OutlineItemProps): boolean {
  for (const key of Object.keys(a) as (keyof OutlineItemProps)[]) {
    if (key === 'row') continue;
    if (a[key] !== b[key]) return false;
  }
  const x = a.row;
  const y = b.row;
  return (
    x.role === y.role &&
    x.level === y.level &&
    x.expanded === y.expanded &&
    x.hasChildren === y.hasChildren &&
    x.position === y.position &&
    x.setSize === y.setSize
  );
}

export const OutlineItem = memo(OutlineItemView, sameItem);
