import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { type Design, descendantCount, designIndex } from '@orgcanvas/model';
import { useI18n } from '../i18n';
import {
  type CanReparent,
  type OutlineKey,
  type PeerPresence,
  navigateOutline,
  visibleRows,
} from '../session';
import { OutlineItem } from './OutlineItem';

export interface OutlineProps {
  readonly design: Design;
  readonly selection: readonly string[];
  readonly collapsed: ReadonlySet<string>;
  readonly renaming: string | null;
  readonly searchHits: readonly string[];
  readonly readOnly: boolean;
  readonly presence?: readonly PeerPresence[];
  onSelect(ids: string[], options?: { toggle?: boolean }): void;
  onSetCollapsed(id: string, collapsed: boolean): void;
  onStartRename(id: string): void;
  onRename(id: string, title: string | null): void;
  canReparent(roleId: string, managerId: string | null): CanReparent;
  onReparent(roleId: string, managerId: string | null): void;
}

/** Rows rendered at once; the rest follow in batches while the page is idle (see `useShownRows`). */
const FIRST_ROWS = 300;
const MORE_ROWS = 500;

const OUTLINE_KEYS = new Set<string>(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End']);

/**
 * The org as an ARIA tree: one treeitem per visible role with its level, expanded and selected
 * states, a roving tabindex and the WAI-ARIA tree keys. Other keys (Tab, Enter, F2, Delete, undo)
 * bubble to the editor's shortcuts, so the outline is the accessible way to edit.
 */
export function Outline(props: OutlineProps) {
  const { design, selection, collapsed, renaming, searchHits, presence } = props;
  const { t } = useI18n();
  const rows = useMemo(() => visibleRows(design, collapsed), [design, collapsed]);
  const selected = useMemo(() => new Set(selection), [selection]);
  const hits = useMemo(() => new Set(searchHits), [searchHits]);
  const primary = selection[selection.length - 1] ?? null;
  const tabStop = rows.some((row) => row.role.id === primary) ? primary : (rows[0]?.role.id ?? null);
  const treeRef = useRef<HTMLDivElement>(null);
  const [dragging, setDragging] = useState<string | null>(null);
  const needed = useMemo(() => {
    const at = rows.findIndex((row) => row.role.id === primary || row.role.id === renaming);
    return at + 1;
  }, [rows, primary, renaming]);
  const shown = useShownRows(rows.length, needed);

  // The rows get callbacks that never change, so a row re-renders only when its own data does.
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });
  const onSelect = useCallback<OutlineProps['onSelect']>((ids, o) => latest.current.onSelect(ids, o), []);
  const onSetCollapsed = useCallback<OutlineProps['onSetCollapsed']>(
    (id, value) => latest.current.onSetCollapsed(id, value),
    [],
  );
  const onStartRename = useCallback((id: string) => latest.current.onStartRename(id), []);
  const onRename = useCallback<OutlineProps['onRename']>(
    (id, title) => latest.current.onRename(id, title),
    [],
  );
  const canReparent = useCallback<OutlineProps['canReparent']>(
    (roleId, managerId) => latest.current.canReparent(roleId, managerId),
    [],
  );
  const onReparent = useCallback<OutlineProps['onReparent']>(
    (roleId, managerId) => latest.current.onReparent(roleId, managerId),
    [],
  );
  const { unitsById } = designIndex(design);

  const peersByRole = useMemo(() => {
    const map = new Map<string, PeerPresence[]>();
    for (const peer of presence ?? []) {
      for (const id of peer.selection) map.set(id, [...(map.get(id) ?? []), peer]);
    }
    return map;
  }, [presence]);

  // After an in-place rename, focus goes back to the renamed treeitem so typing can go on.
  const lastRenaming = useRef<string | null>(null);
  useEffect(() => {
    const previous = lastRenaming.current;
    lastRenaming.current = renaming;
    if (renaming !== null || previous === null) return;
    const item = treeRef.current ? itemFor(treeRef.current, previous) : undefined;
    const focusIsLost = document.activeElement === null || document.activeElement === document.body;
    if (item && focusIsLost) item.focus();
  }, [renaming]);

  // Keyboard focus follows the selection, but only while focus is already in the tree: a click on
  // the canvas must not steal focus into the outline.
  useEffect(() => {
    const tree = treeRef.current;
    if (!tree || primary === null || renaming !== null) return;
    const item = itemFor(tree, primary);
    if (!item) return;
    if (tree.contains(document.activeElement) && document.activeElement !== item) item.focus();
    item.scrollIntoView?.({ block: 'nearest' });
  }, [primary, renaming, rows]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!(event.target instanceof HTMLElement) || event.target.getAttribute('role') !== 'treeitem') return;
    if (!OUTLINE_KEYS.has(event.key) || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    event.stopPropagation();
    const current = event.target.dataset.roleId ?? null;
    const effect = navigateOutline(design, collapsed, current, event.key as OutlineKey);
    if (effect.kind === 'select') props.onSelect([effect.id]);
    if (effect.kind === 'expand') props.onSetCollapsed(effect.id, false);
    if (effect.kind === 'collapse') props.onSetCollapsed(effect.id, true);
  };

  return (
    <div
      ref={treeRef}
      role="tree"
      aria-label={t('outline.label')}
      aria-multiselectable="true"
      className="outline"
      data-testid="outline"
      data-shortcuts
      onKeyDown={onKeyDown}
    >
      {rows.slice(0, shown).map((row) => (
        <OutlineItem
          key={row.role.id}
          row={row}
          unit={row.role.unitId === null ? undefined : unitsById.get(row.role.unitId)}
          hidden={row.hasChildren && !row.expanded ? descendantCount(design, row.role.id) : 0}
          selected={selected.has(row.role.id)}
          tabbable={row.role.id === tabStop}
          renaming={renaming === row.role.id}
          hit={hits.has(row.role.id)}
          readOnly={props.readOnly}
          peers={peersByRole.get(row.role.id)}
          dragging={dragging}
          onDragState={setDragging}
          onSelect={onSelect}
          onSetCollapsed={onSetCollapsed}
          onStartRename={onStartRename}
          onRename={onRename}
          canReparent={canReparent}
          onReparent={onReparent}
        />
      ))}
    </div>
  );
}

/**
 * How many of `total` rows to render: a first batch at once (and always up to `needed`, the selected
 * or renamed row), the rest in batches while the page is idle. Expanding a 10,000-role outline then
 * does not hold up the chart, and every row is there a moment later.
 */
function useShownRows(total: number, needed: number): number {
  const [count, setCount] = useState(FIRST_ROWS);
  useEffect(() => {
    // Folded back: the next expansion starts from a first batch again.
    if (total < count && count > FIRST_ROWS) {
      setCount(Math.max(FIRST_ROWS, total));
      return;
    }
    if (count >= total) return;
    const grow = () => setCount((c) => c + MORE_ROWS);
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(grow, { timeout: 500 });
      return () => cancelIdleCallback(handle);
    }
    const timer = setTimeout(grow, 0);
    return () => clearTimeout(timer);
  }, [count, total]);
  return Math.min(total, Math.max(count, needed));
}

/** The treeitem of a role (ids are user data, so they are compared, never put into a selector). */
function itemFor(tree: HTMLElement, roleId: string): HTMLElement | undefined {
  return [...tree.querySelectorAll<HTMLElement>('[role="treeitem"]')].find(
    (item) => item.dataset.roleId === roleId,
  );
}
