import {
  type MouseEvent as ReactMouseEvent,
  type PointerEvent as ReactPointerEvent,
  type RefObject,
  useCallback,
  useEffect,
  useRef,
  useState,
} from 'react';
import type { Point } from '@orgcanvas/model';
import {
  INITIAL_POINTER_STATE,
  type PointerEffect,
  type PointerInput,
  type PointerScene,
  type PointerView,
  pointerStep,
} from './pointerMachine.js';
import { type Viewport, panBy, zoomAt } from './viewport.js';

export type { PointerView } from './pointerMachine.js';

export interface PointerContext extends PointerScene {
  setViewport(update: (v: Viewport) => Viewport): void;
  onSelectionChange(ids: string[]): void;
  onReparent(roleId: string, newManagerId: string | null): void;
  onRename(roleId: string): void;
  onToggleCollapse(roleId: string): void;
  onPointerMove?(point: Point | null): void;
}

/**
 * Drives the pointer state machine (`pointerStep`) from DOM events and carries out what it asks:
 * viewport changes, selection, moves, collapse, rename. The machine decides; this hook only wires.
 */
export function usePointerInteractions(container: RefObject<HTMLDivElement | null>, context: PointerContext) {
  const ctx = useRef(context);
  useEffect(() => {
    ctx.current = context;
  });
  const machine = useRef(INITIAL_POINTER_STATE);
  const [view, setView] = useState<PointerView>(INITIAL_POINTER_STATE.view);

  const local = useCallback(
    (e: { clientX: number; clientY: number }): Point => {
      const box = container.current?.getBoundingClientRect();
      return { x: e.clientX - (box?.left ?? 0), y: e.clientY - (box?.top ?? 0) };
    },
    [container],
  );

  const send = useCallback((input: PointerInput, target?: { element: Element; pointerId: number }) => {
    const c = ctx.current;
    const { state, effects } = pointerStep(machine.current, input, c);
    machine.current = state;
    setView(state.view);
    for (const effect of effects) run(effect, c, target);
  }, []);

  useEffect(() => {
    const editable = (t: EventTarget | null): boolean =>
      t instanceof HTMLElement &&
      (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName));
    const down = (e: KeyboardEvent) =>
      send({ type: 'keyDown', code: e.code, key: e.key, editable: editable(e.target) });
    const up = (e: KeyboardEvent) => send({ type: 'keyUp', code: e.code });
    window.addEventListener('keydown', down);
    window.addEventListener('keyup', up);
    return () => {
      window.removeEventListener('keydown', down);
      window.removeEventListener('keyup', up);
    };
  }, [send]);

  const onPointerDown = useCallback(
    (e: ReactPointerEvent<HTMLDivElement>) =>
      send(
        {
          type: 'down',
          pointerId: e.pointerId,
          touch: e.pointerType === 'touch',
          button: e.button,
          shift: e.shiftKey,
          screen: local(e),
        },
        { element: e.currentTarget, pointerId: e.pointerId },
      ),
    [local, send],
  );
  const onPointerMove = useCallback(
    (e: ReactPointerEvent<HTMLDivElement>) =>
      send({ type: 'move', pointerId: e.pointerId, touch: e.pointerType === 'touch', screen: local(e) }),
    [local, send],
  );
  const onPointerUp = useCallback(
    (e: ReactPointerEvent<HTMLDivElement>) =>
      send({ type: 'up', pointerId: e.pointerId, screen: local(e), cancelled: false }),
    [local, send],
  );
  const onPointerCancel = useCallback(
    (e: ReactPointerEvent<HTMLDivElement>) =>
      send({ type: 'up', pointerId: e.pointerId, screen: local(e), cancelled: true }),
    [local, send],
  );
  const onPointerLeave = useCallback(() => send({ type: 'leave' }), [send]);
  const onDoubleClick = useCallback(
    (e: ReactMouseEvent<HTMLDivElement>) => send({ type: 'doubleClick', screen: local(e) }),
    [local, send],
  );

  return {
    view,
    handlers: { onPointerDown, onPointerMove, onPointerUp, onPointerCancel, onPointerLeave, onDoubleClick },
  };
}

function run(
  effect: PointerEffect,
  c: PointerContext,
  target: { element: Element; pointerId: number } | undefined,
): void {
  switch (effect.kind) {
    case 'capture':
      target?.element.setPointerCapture(target.pointerId);
      return;
    case 'pan':
      c.setViewport((v) => panBy(v, effect.dx, effect.dy));
      return;
    case 'pinch':
      c.setViewport((v) => panBy(zoomAt(v, effect.at, effect.factor), effect.dx, effect.dy));
      return;
    case 'select':
      c.onSelectionChange(effect.ids);
      return;
    case 'reparent':
      c.onReparent(effect.roleId, effect.managerId);
      return;
    case 'toggleCollapse':
      c.onToggleCollapse(effect.roleId);
      return;
    case 'rename':
      c.onRename(effect.roleId);
      return;
    case 'pointer':
      c.onPointerMove?.(effect.at);
      return;
  }
}
