import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Design } from '@orgcanvas/model';
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
      {rows.map((row) => (
        <OutlineItem
          key={row.role.id}
          row={row}
          design={design}
          selected={selected.has(row.role.id)}
          tabbable={row.role.id === tabStop}
          renaming={renaming === row.role.id}
          hit={hits.has(row.role.id)}
          readOnly={props.readOnly}
          peers={peersByRole.get(row.role.id)}
          dragging={dragging}
          onDragState={setDragging}
          onSelect={props.onSelect}
          onToggle={() => props.onSetCollapsed(row.role.id, row.expanded)}
          onStartRename={props.onStartRename}
          onRename={props.onRename}
          canReparent={props.canReparent}
          onReparent={props.onReparent}
        />
      ))}
    </div>
  );
}

/** The treeitem of a role (ids are user data, so they are compared, never put into a selector). */
function itemFor(tree: HTMLElement, roleId: string): HTMLElement | undefined {
  return [...tree.querySelectorAll<HTMLElement>('[role="treeitem"]')].find(
    (item) => item.dataset.roleId === roleId,
  );
}
