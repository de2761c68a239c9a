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
import { type Viewport, screenToWorld } from './viewport.js';

/** Pixels a press may wander before it becomes a drag rather than a click. */
export const CLICK_SLOP = 4;

/** What the pointer is doing now. */
export type PointerMode =
  | { readonly kind: 'idle' }
  | { readonly kind: 'pan'; readonly last: Point; readonly moved: boolean }
  | {
      readonly kind: 'press';
      readonly roleId: string;
      readonly start: Point;
      readonly grab: Point;
      readonly shift: boolean;
    }
  | { readonly kind: 'drag'; readonly roleId: string; readonly grab: Point }
  | { readonly kind: 'band'; readonly start: Point; readonly additive: boolean }
  | { readonly kind: 'pinch'; readonly distance: number; readonly mid: Point };

/** What the canvas draws for the pointer: the dragged card, the rubber band, the hover tooltip. */
export interface PointerView {
  readonly drag: DragView | null;
  readonly band: Rect | null;
  readonly hover: { readonly roleId: string; readonly screen: Point } | null;
  readonly cursor: string;
}

export interface PointerState {
  readonly mode: PointerMode;
  /** Touch points down now, by pointer id, in stage pixels. */
  readonly touches: ReadonlyMap<number, Point>;
  /** Space held: any drag pans. */
  readonly space: boolean;
  readonly view: PointerView;
}

const IDLE_VIEW: PointerView = { drag: null, band: null, hover: null, cursor: 'default' };
export const INITIAL_POINTER_STATE: PointerState = {
  mode: { kind: 'idle' },
  touches: new Map(),
  space: false,
  view: IDLE_VIEW,
};

/** Points are in stage pixels (relative to the canvas's top-left corner). */
export type PointerInput =
  | {
      readonly type: 'down';
      readonly pointerId: number;
      readonly touch: boolean;
      readonly button: number;
      readonly shift: boolean;
      readonly screen: Point;
    }
  | { readonly type: 'move'; readonly pointerId: number; readonly touch: boolean; readonly screen: Point }
  | { readonly type: 'up'; readonly pointerId: number; readonly screen: Point; readonly cancelled: boolean }
  | { readonly type: 'leave' }
  | { readonly type: 'doubleClick'; readonly screen: Point }
  | { readonly type: 'keyDown'; readonly code: string; readonly key: string; readonly editable: boolean }
  | { readonly type: 'keyUp'; readonly code: string };

/** What the hook must do after a step: the machine itself touches nothing. */
export type PointerEffect =
  | { readonly kind: 'capture' }
  | { readonly kind: 'pan'; readonly dx: number; readonly dy: number }
  | {
      readonly kind: 'pinch';
      readonly at: Point;
      readonly factor: number;
      readonly dx: number;
      readonly dy: number;
    }
  | { readonly kind: 'select'; readonly ids: string[] }
  | { readonly kind: 'reparent'; readonly roleId: string; readonly managerId: string }
  | { readonly kind: 'toggleCollapse'; readonly roleId: string }
  | { readonly kind: 'rename'; readonly roleId: string }
  | { readonly kind: 'pointer'; readonly at: Point | null };

/** What the machine reads of the canvas at the time of a step. */
export interface PointerScene {
  readonly nodes: readonly LayoutNode[];
  readonly cards: readonly SceneCard[];
  readonly titles: ReadonlyMap<string, string>;
  readonly selection: readonly string[];
  readonly readOnly: boolean;
  readonly dragMode: 'pan' | 'select';
  readonly viewport: Viewport;
  canReparent(roleId: string, managerId: string | null): Verdict;
  /** Whether the title of a card is cut short on screen (then hovering shows it whole). */
  needsTooltip(roleId: string): boolean;
}

export interface PointerStep {
  readonly state: PointerState;
  readonly effects: readonly PointerEffect[];
}

/**
 * The canvas's pointer state machine as a plain function: pan (background, middle button, or space
 * held), click and shift-click selection, rubber band, dragging a card onto a new manager, pinch zoom.
 * All hit testing is against the layout, in canvas coordinates. The wheel is the caller's.
 */
export function pointerStep(state: PointerState, input: PointerInput, scene: PointerScene): PointerStep {
  switch (input.type) {
    case 'down':
      return down(state, input, scene);
    case 'move':
      return move(state, input, scene);
    case 'up':
      return up(state, input, scene);
    case 'leave':
      return {
        state:
          state.mode.kind === 'idle' && state.view.hover
            ? withView(state, { ...state.view, hover: null })
            : state,
        effects: [{ kind: 'pointer', at: null }],
      };
    case 'doubleClick': {
      if (scene.readOnly) return { state, effects: [] };
      const hit = cardAt(scene.nodes, screenToWorld(scene.viewport, input.screen));
      return { state, effects: hit ? [{ kind: 'rename', roleId: hit }] : [] };
    }
    case 'keyDown': {
      let next = state;
      if (input.code === 'Space' && !input.editable) {
        next = {
          ...next,
          space: true,
          view: next.view.cursor === 'grab' ? next.view : { ...next.view, cursor: 'grab' },
        };
      }
      // Escape drops a drag where it started: nothing moves.
      if (input.key === 'Escape' && next.mode.kind === 'drag')
        next = { ...next, mode: { kind: 'idle' }, view: IDLE_VIEW };
      return { state: next, effects: [] };
    }
    case 'keyUp':
      if (input.code !== 'Space') return { state, effects: [] };
      return {
        state: {
          ...state,
          space: false,
          view: state.view.cursor === 'grab' ? { ...state.view, cursor: 'default' } : state.view,
        },
        effects: [],
      };
  }
}

function withView(state: PointerState, view: PointerView): PointerState {
  return { ...state, view };
}

function withTouch(touches: ReadonlyMap<number, Point>, id: number, at: Point | null): Map<number, Point> {
  const next = new Map(touches);
  if (at === null) next.delete(id);
  else next.set(id, at);
  return next;
}

function pinchOf(touches: ReadonlyMap<number, Point>): { distance: number; mid: Point } {
  const [a, b] = [...touches.values()] as [Point, Point];
  return { distance: Math.hypot(a.x - b.x, a.y - b.y), mid: { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 } };
}

function down(
  state: PointerState,
  input: Extract<PointerInput, { type: 'down' }>,
  scene: PointerScene,
): PointerStep {
  const { screen } = input;
  let touches = state.touches;
  if (input.touch) {
    touches = withTouch(touches, input.pointerId, screen);
    if (touches.size === 2) {
      return {
        state: { ...state, touches, mode: { kind: 'pinch', ...pinchOf(touches) }, view: IDLE_VIEW },
        effects: [],
      };
    }
  }
  const base = { ...state, touches };
  if (input.button !== 0 && input.button !== 1) return { state: base, effects: [] };
  const capture: PointerEffect = { kind: 'capture' };
  const p = screenToWorld(scene.viewport, screen);
  if (input.button === 1 || state.space) {
    return {
      state: {
        ...base,
        mode: { kind: 'pan', last: screen, moved: true },
        view: { ...IDLE_VIEW, cursor: 'grabbing' },
      },
      effects: [capture],
    };
  }
  const badge = collapseBadgeAt(scene.cards, p);
  if (badge) return { state: base, effects: [capture, { kind: 'toggleCollapse', roleId: badge }] };
  const hit = cardAt(scene.nodes, p);
  if (hit) {
    const n = scene.nodes.find((x) => x.id === hit)!;
    return {
      state: {
        ...base,
        mode: {
          kind: 'press',
          roleId: hit,
          start: screen,
          grab: { x: p.x - n.x, y: p.y - n.y },
          shift: input.shift,
        },
      },
      effects: [capture],
    };
  }
  if (input.shift || scene.dragMode === 'select') {
    return {
      state: {
        ...base,
        mode: { kind: 'band', start: p, additive: input.shift },
        view: { ...IDLE_VIEW, band: { x: p.x, y: p.y, width: 0, height: 0 }, cursor: 'crosshair' },
      },
      effects: [capture],
    };
  }
  return {
    state: {
      ...base,
      mode: { kind: 'pan', last: screen, moved: false },
      view: { ...IDLE_VIEW, cursor: 'grabbing' },
    },
    effects: [capture],
  };
}

function move(
  state: PointerState,
  input: Extract<PointerInput, { type: 'move' }>,
  scene: PointerScene,
): PointerStep {
  const { screen } = input;
  const p = screenToWorld(scene.viewport, screen);
  const pointer: PointerEffect = { kind: 'pointer', at: p };
  const m = state.mode;
  if (input.touch && state.touches.has(input.pointerId)) {
    const touches = withTouch(state.touches, input.pointerId, screen);
    if (m.kind === 'pinch' && touches.size === 2) {
      const { distance, mid } = pinchOf(touches);
      const factor = m.distance > 0 ? distance / m.distance : 1;
      return {
        state: { ...state, touches, mode: { kind: 'pinch', distance, mid } },
        effects: [pointer, { kind: 'pinch', at: m.mid, factor, dx: mid.x - m.mid.x, dy: mid.y - m.mid.y }],
      };
    }
    state = { ...state, touches };
  }
  switch (m.kind) {
    case 'idle': {
      const hit = cardAt(scene.nodes, p);
      const hover = hit && scene.needsTooltip(hit) ? { roleId: hit, screen } : null;
      const cursor = state.space ? 'grab' : collapseBadgeAt(scene.cards, p) || hit ? 'pointer' : 'default';
      const v = state.view;
      const same =
        v.cursor === cursor &&
        v.hover?.roleId === hover?.roleId &&
        (!hover || (v.hover?.screen.x === screen.x && v.hover?.screen.y === screen.y));
      return { state: same ? state : withView(state, { ...IDLE_VIEW, hover, cursor }), effects: [pointer] };
    }
    case 'pan': {
      const dx = screen.x - m.last.x;
      const dy = screen.y - m.last.y;
      return {
        state: { ...state, mode: { kind: 'pan', last: screen, moved: m.moved || Math.hypot(dx, dy) > 0 } },
        effects: [pointer, { kind: 'pan', dx, dy }],
      };
    }
    case 'press': {
      if (Math.hypot(screen.x - m.start.x, screen.y - m.start.y) < CLICK_SLOP || scene.readOnly)
        return { state, effects: [pointer] };
      return { state: dragTo(state, m.roleId, m.grab, p, screen, scene), effects: [pointer] };
    }
    case 'drag':
      return { state: dragTo(state, m.roleId, m.grab, p, screen, scene), effects: [pointer] };
    case 'band':
      return {
        state: withView(state, { ...IDLE_VIEW, band: rectFromPoints(m.start, p), cursor: 'crosshair' }),
        effects: [pointer],
      };
    case 'pinch':
      return { state, effects: [pointer] };
  }
}

function dragTo(
  state: PointerState,
  roleId: string,
  grab: Point,
  at: Point,
  screen: Point,
  scene: PointerScene,
): PointerState {
  const target = dropTargetAt(scene.nodes, at, roleId);
  return {
    ...state,
    mode: { kind: 'drag', roleId, grab },
    view: {
      drag: {
        roleId,
        at: { x: at.x - grab.x, y: at.y - grab.y },
        target,
        verdict: target ? scene.canReparent(roleId, target) : null,
        title: scene.titles.get(roleId) ?? '',
        screen,
      },
      band: null,
      hover: null,
      cursor: 'grabbing',
    },
  };
}

function up(
  state: PointerState,
  input: Extract<PointerInput, { type: 'up' }>,
  scene: PointerScene,
): PointerStep {
  const m = state.mode;
  const next: PointerState = {
    ...state,
    touches: withTouch(state.touches, input.pointerId, null),
    mode: { kind: 'idle' },
    view: state.space ? { ...IDLE_VIEW, cursor: 'grab' } : IDLE_VIEW,
  };
  if (input.cancelled) return { state: next, effects: [] };
  const p = screenToWorld(scene.viewport, input.screen);
  switch (m.kind) {
    case 'press':
      return {
        state: next,
        effects: [
          { kind: 'select', ids: m.shift ? toggleInSelection(scene.selection, m.roleId) : [m.roleId] },
        ],
      };
    case 'drag': {
      // A refused drop is still reported: the app runs the move, which refuses it and says why after
      // the drop too (the red outline only lasts while dragging).
      const target = dropTargetAt(scene.nodes, p, m.roleId);
      return {
        state: next,
        effects: target ? [{ kind: 'reparent', roleId: m.roleId, managerId: target }] : [],
      };
    }
    case 'band': {
      const hits = cardsInRect(scene.nodes, rectFromPoints(m.start, p));
      return {
        state: next,
        effects: [{ kind: 'select', ids: m.additive ? [...new Set([...scene.selection, ...hits])] : hits }],
      };
    }
    case 'pan':
      // A click on the background, not a pan: clear the selection.
      return {
        state: next,
        effects: !m.moved && scene.selection.length > 0 ? [{ kind: 'select', ids: [] }] : [],
      };
    default:
      return { state: next, effects: [] };
  }
}
