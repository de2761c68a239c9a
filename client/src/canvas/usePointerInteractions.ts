import {
  type MouseEvent as ReactMouseEvent,
  type PointerEvent as ReactPointerEvent,
  type RefObject,
  useCallback,
  useEffect,
  useRef,
  useState,
} from 'react';
import type { LayoutNode, Point, Rect, SceneCard } from '@orgcanvas/model';
import {
  cardAt,
  cardsInRect,
  collapseBadgeAt,
  dropTargetAt,
  rectFromPoints,
  toggleInSelection,
} from './hitTest.js';
import type { DragView } from './InteractiveLayer.js';
import type { Verdict } from './types.js';
import { type Viewport, panBy, screenToWorld, zoomAt } from './viewport.js';

/** Pixels a press may wander before it becomes a drag rather than a click. */
const CLICK_SLOP = 4;

export interface PointerContext {
  readonly nodes: readonly LayoutNode[];
  readonly cards: readonly SceneCard[];
  readonly titles: ReadonlyMap<string, string>;
  readonly selection: readonly string[];
  readonly readOnly: boolean;
  readonly dragMode: 'pan' | 'select';
  readonly viewport: Viewport;
  setViewport(update: (v: Viewport) => Viewport): void;
  onSelectionChange(ids: string[]): void;
  onReparent(roleId: string, newManagerId: string | null): void;
  canReparent(roleId: string, newManagerId: string | null): Verdict;
  onRename(roleId: string): void;
  onToggleCollapse(roleId: string): void;
  onPointerMove?(point: Point | null): void;
  /** Whether the title of a card is cut short on screen (then hovering shows it whole). */
  needsTooltip(roleId: string): boolean;
}

type Mode =
  | { kind: 'idle' }
  | { kind: 'pan'; last: Point; moved: boolean }
  | { kind: 'press'; roleId: string; start: Point; grab: Point; shift: boolean }
  | { kind: 'drag'; roleId: string; grab: Point }
  | { kind: 'band'; start: Point; additive: boolean }
  | { kind: 'pinch'; distance: number; mid: Point };

export interface PointerView {
  readonly drag: DragView | null;
  readonly band: Rect | null;
  readonly hover: { readonly roleId: string; readonly screen: Point } | null;
  readonly cursor: string;
}

const IDLE: PointerView = { drag: null, band: null, hover: null, cursor: 'default' };

/**
 * The canvas's one pointer state machine: pan (background, middle button, or space held), click and
 * shift-click selection, rubber band, dragging a card onto a new manager, pinch zoom, and wheel
 * handling is left to the caller. All hit testing is done against the layout, in canvas coordinates.
 */
export function usePointerInteractions(container: RefObject<HTMLDivElement | null>, context: PointerContext) {
  const ctx = useRef(context);
  useEffect(() => {
    ctx.current = context;
  });
  const mode = useRef<Mode>({ kind: 'idle' });
  const touches = useRef(new Map<number, Point>());
  const space = useRef(false);
  const [view, setView] = useState<PointerView>(IDLE);

  const local = useCallback(
    (e: { clientX: number; clientY: number }): Point => {
      const box = container.current?.getBoundingClientRect();
      return { x: e.clientX - (box?.left ?? 0), y: e.clientY - (box?.top ?? 0) };
    },
    [container],
  );

  useEffect(() => {
    const editable = (t: EventTarget | null): boolean =>
      t instanceof HTMLElement &&
      (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName));
    const down = (e: KeyboardEvent): void => {
      if (e.code === 'Space' && !editable(e.target)) {
        space.current = true;
        setView((v) => (v.cursor === 'grab' ? v : { ...v, cursor: 'grab' }));
      }
      if (e.key === 'Escape' && mode.current.kind === 'drag') {
        mode.current = { kind: 'idle' };
        setView(IDLE);
      }
    };
    const up = (e: KeyboardEvent): void => {
      if (e.code === 'Space') {
        space.current = false;
        setView((v) => (v.cursor === 'grab' ? { ...v, cursor: 'default' } : v));
      }
    };
    window.addEventListener('keydown', down);
    window.addEventListener('keyup', up);
    return () => {
      window.removeEventListener('keydown', down);
      window.removeEventListener('keyup', up);
    };
  }, []);

  const onPointerDown = useCallback(
    (e: ReactPointerEvent<HTMLDivElement>) => {
      const c = ctx.current;
      const screen = local(e);
      if (e.pointerType === 'touch') {
        touches.current.set(e.pointerId, screen);
        if (touches.current.size === 2) {
          const [a, b] = [...touches.current.values()] as [Point, Point];
          mode.current = {
            kind: 'pinch',
            distance: Math.hypot(a.x - b.x, a.y - b.y),
            mid: { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 },
          };
          setView(IDLE);
          return;
        }
      }
      if (e.button !== 0 && e.button !== 1) return;
      e.currentTarget.setPointerCapture(e.pointerId);
      const p = screenToWorld(ctx.current.viewport, screen);
      if (e.button === 1 || space.current) {
        mode.current = { kind: 'pan', last: screen, moved: true };
        setView({ ...IDLE, cursor: 'grabbing' });
        return;
      }
      const badge = collapseBadgeAt(c.cards, p);
      if (badge) {
        c.onToggleCollapse(badge);
        return;
      }
      const hit = cardAt(c.nodes, p);
      if (hit) {
        const n = c.nodes.find((x) => x.id === hit)!;
        mode.current = {
          kind: 'press',
          roleId: hit,
          start: screen,
          grab: { x: p.x - n.x, y: p.y - n.y },
          shift: e.shiftKey,
        };
        return;
      }
      if (e.shiftKey || c.dragMode === 'select') {
        mode.current = { kind: 'band', start: p, additive: e.shiftKey };
        setView({ ...IDLE, band: { x: p.x, y: p.y, width: 0, height: 0 }, cursor: 'crosshair' });
        return;
      }
      mode.current = { kind: 'pan', last: screen, moved: false };
      setView({ ...IDLE, cursor: 'grabbing' });
    },
    [local],
  );

  const onPointerMove = useCallback(
    (e: ReactPointerEvent<HTMLDivElement>) => {
      const c = ctx.current;
      const screen = local(e);
      const p = screenToWorld(ctx.current.viewport, screen);
      c.onPointerMove?.(p);
      const m = mode.current;
      if (e.pointerType === 'touch' && touches.current.has(e.pointerId)) {
        touches.current.set(e.pointerId, screen);
        if (m.kind === 'pinch' && touches.current.size === 2) {
          const [a, b] = [...touches.current.values()] as [Point, Point];
          const distance = Math.hypot(a.x - b.x, a.y - b.y);
          const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
          const factor = m.distance > 0 ? distance / m.distance : 1;
          c.setViewport((v) => panBy(zoomAt(v, m.mid, factor), mid.x - m.mid.x, mid.y - m.mid.y));
          mode.current = { kind: 'pinch', distance, mid };
          return;
        }
      }
      switch (m.kind) {
        case 'idle': {
          const hit = cardAt(c.nodes, p);
          const hover = hit && c.needsTooltip(hit) ? { roleId: hit, screen } : null;
          const cursor = space.current ? 'grab' : collapseBadgeAt(c.cards, p) || hit ? 'pointer' : 'default';
          setView((v) =>
            v.cursor === cursor &&
            v.hover?.roleId === hover?.roleId &&
            (!hover || (v.hover?.screen.x === screen.x && v.hover?.screen.y === screen.y))
              ? v
              : { ...IDLE, hover, cursor },
          );
          return;
        }
        case 'pan': {
          const dx = screen.x - m.last.x;
          const dy = screen.y - m.last.y;
          c.setViewport((v) => panBy(v, dx, dy));
          mode.current = { kind: 'pan', last: screen, moved: m.moved || Math.hypot(dx, dy) > 0 };
          return;
        }
        case 'press': {
          if (Math.hypot(screen.x - m.start.x, screen.y - m.start.y) < CLICK_SLOP || c.readOnly) return;
          mode.current = { kind: 'drag', roleId: m.roleId, grab: m.grab };
          dragTo(m.roleId, m.grab, p, screen);
          return;
        }
        case 'drag':
          dragTo(m.roleId, m.grab, p, screen);
          return;
        case 'band':
          setView({ ...IDLE, band: rectFromPoints(m.start, p), cursor: 'crosshair' });
          return;
        case 'pinch':
          return;
      }
      function dragTo(roleId: string, grab: Point, at: Point, screen: Point): void {
        const target = dropTargetAt(c.nodes, at, roleId);
        setView({
          drag: {
            roleId,
            at: { x: at.x - grab.x, y: at.y - grab.y },
            target,
            verdict: target ? c.canReparent(roleId, target) : null,
            title: c.titles.get(roleId) ?? '',
            screen,
          },
          band: null,
          hover: null,
          cursor: 'grabbing',
        });
      }
    },
    [local],
  );

  const finish = useCallback(
    (e: ReactPointerEvent<HTMLDivElement>, cancelled: boolean) => {
      const c = ctx.current;
      touches.current.delete(e.pointerId);
      const m = mode.current;
      mode.current = { kind: 'idle' };
      setView(space.current ? { ...IDLE, cursor: 'grab' } : IDLE);
      if (cancelled) return;
      const p = screenToWorld(ctx.current.viewport, local(e));
      switch (m.kind) {
        case 'press':
          c.onSelectionChange(m.shift ? toggleInSelection(c.selection, m.roleId) : [m.roleId]);
          return;
        case 'drag': {
          const target = dropTargetAt(c.nodes, p, m.roleId);
          // A refused drop is still reported: the app runs the move, which refuses it and says why
          // after the drop too (the red outline only lasts while dragging).
          if (target) c.onReparent(m.roleId, target);
          return;
        }
        case 'band': {
          const hits = cardsInRect(c.nodes, rectFromPoints(m.start, p));
          c.onSelectionChange(m.additive ? [...new Set([...c.selection, ...hits])] : hits);
          return;
        }
        case 'pan':
          // A click on the background, not a pan: clear the selection.
          if (!m.moved && c.selection.length > 0) c.onSelectionChange([]);
          return;
        default:
          return;
      }
    },
    [local],
  );

  const onPointerUp = useCallback((e: ReactPointerEvent<HTMLDivElement>) => finish(e, false), [finish]);
  const onPointerCancel = useCallback((e: ReactPointerEvent<HTMLDivElement>) => finish(e, true), [finish]);
  const onPointerLeave = useCallback(() => {
    ctx.current.onPointerMove?.(null);
    if (mode.current.kind === 'idle') setView((v) => (v.hover ? { ...v, hover: null } : v));
  }, []);
  const onDoubleClick = useCallback(
    (e: ReactMouseEvent<HTMLDivElement>) => {
      const c = ctx.current;
      if (c.readOnly) return;
      const hit = cardAt(c.nodes, screenToWorld(ctx.current.viewport, local(e)));
      if (hit) c.onRename(hit);
    },
    [local],
  );

  return {
    view,
    handlers: { onPointerDown, onPointerMove, onPointerUp, onPointerCancel, onPointerLeave, onDoubleClick },
  };
}
