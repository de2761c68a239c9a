import { describe, expect, it } from 'vitest';
import type { LayoutNode } from '@orgcanvas/model';
import {
  CLICK_SLOP,
  INITIAL_POINTER_STATE,
  type PointerEffect,
  type PointerInput,
  type PointerScene,
  type PointerState,
  pointerStep,
} from './pointerMachine';

// Two cards side by side; the viewport is the identity, so stage pixels are canvas coordinates.
const nodes: LayoutNode[] = [
  { id: 'boss', x: 0, y: 0, width: 200, height: 80 },
  { id: 'report', x: 300, y: 0, width: 200, height: 80 },
];

function scene(overrides: Partial<PointerScene> = {}): PointerScene {
  return {
    nodes,
    cards: [],
    titles: new Map([
      ['boss', 'Boss'],
      ['report', 'Report'],
    ]),
    selection: [],
    readOnly: false,
    dragMode: 'pan',
    viewport: { x: 0, y: 0, scale: 1 },
    canReparent: (roleId, managerId) =>
      roleId === 'boss' && managerId === 'report' ? { ok: false, reason: 'cycle' } : { ok: true },
    needsTooltip: () => false,
    ...overrides,
  };
}

/** Feeds inputs one after another; returns the last state and every effect in order. */
function run(inputs: PointerInput[], at: PointerScene = scene(), from: PointerState = INITIAL_POINTER_STATE) {
  let state = from;
  const effects: PointerEffect[] = [];
  for (const input of inputs) {
    const step = pointerStep(state, input, at);
    state = step.state;
    effects.push(...step.effects);
  }
  return {
    state,
    effects: effects.filter((effect) => effect.kind !== 'pointer' && effect.kind !== 'capture'),
  };
}

const down = (x: number, y: number, extra: Partial<Extract<PointerInput, { type: 'down' }>> = {}) =>
  ({
    type: 'down',
    pointerId: 1,
    touch: false,
    button: 0,
    shift: false,
    screen: { x, y },
    ...extra,
  }) as const;
const move = (x: number, y: number, pointerId = 1, touch = false) =>
  ({ type: 'move', pointerId, touch, screen: { x, y } }) as const;
const up = (x: number, y: number, cancelled = false) =>
  ({ type: 'up', pointerId: 1, screen: { x, y }, cancelled }) as const;

describe('the canvas pointer machine', () => {
  it('selects a card on click and toggles it with shift', () => {
    expect(run([down(50, 40), up(50, 40)]).effects).toEqual([{ kind: 'select', ids: ['boss'] }]);
    const shifted = run([down(350, 40, { shift: true }), up(350, 40)], scene({ selection: ['boss'] }));
    expect(shifted.effects).toEqual([{ kind: 'select', ids: ['boss', 'report'] }]);
  });

  it('treats a wobble within the click slop as a click, not a drag', () => {
    const wobble = CLICK_SLOP - 1;
    expect(run([down(50, 40), move(50 + wobble, 40), up(50 + wobble, 40)]).effects).toEqual([
      { kind: 'select', ids: ['boss'] },
    ]);
  });

  it('drags a card onto another to change its manager, showing the verdict while dragging', () => {
    const dragging = run([down(350, 40), move(200, 40), move(100, 40)]);
    expect(dragging.state.view.drag).toMatchObject({
      roleId: 'report',
      target: 'boss',
      verdict: { ok: true },
    });
    expect(run([down(350, 40), move(200, 40), move(100, 40), up(100, 40)]).effects).toEqual([
      { kind: 'reparent', roleId: 'report', managerId: 'boss' },
    ]);
  });

  it('still reports a refused drop, so the app can say why after the drop', () => {
    const refused = run([down(50, 40), move(200, 40), move(400, 40)]);
    expect(refused.state.view.drag?.verdict).toEqual({ ok: false, reason: 'cycle' });
    expect(run([down(50, 40), move(400, 40), up(400, 40)]).effects).toEqual([
      { kind: 'reparent', roleId: 'boss', managerId: 'report' },
    ]);
  });

  it('drops a drag on Escape and moves nothing', () => {
    const { state } = run([
      down(350, 40),
      move(100, 40),
      { type: 'keyDown', code: 'Escape', key: 'Escape', editable: false },
    ]);
    expect(state.view.drag).toBeNull();
    expect(run([up(100, 40)], scene(), state).effects).toEqual([]);
  });

  it('never drags in a view-only chart', () => {
    const { state, effects } = run([down(350, 40), move(100, 40), up(100, 40)], scene({ readOnly: true }));
    expect(state.view.drag).toBeNull();
    expect(effects).toEqual([{ kind: 'select', ids: ['report'] }]);
  });

  it('pans on a background drag, and a background click clears the selection', () => {
    expect(
      run([down(250, 200), move(260, 210), up(260, 210)], scene({ selection: ['boss'] })).effects,
    ).toEqual([{ kind: 'pan', dx: 10, dy: 10 }]);
    expect(run([down(250, 200), up(250, 200)], scene({ selection: ['boss'] })).effects).toEqual([
      { kind: 'select', ids: [] },
    ]);
  });

  it('pans from a card while space is held', () => {
    const spaced = run([{ type: 'keyDown', code: 'Space', key: ' ', editable: false }]).state;
    expect(spaced.view.cursor).toBe('grab');
    expect(run([down(50, 40), move(60, 40), up(60, 40)], scene(), spaced).effects).toEqual([
      { kind: 'pan', dx: 10, dy: 0 },
    ]);
  });

  it('ignores space typed into a text field', () => {
    expect(run([{ type: 'keyDown', code: 'Space', key: ' ', editable: true }]).state.space).toBe(false);
  });

  it('selects the cards a shift-drag band touches, adding to the selection', () => {
    const band = run(
      [down(-10, -10, { shift: true }), move(320, 50), up(320, 50)],
      scene({ selection: ['x'] }),
    );
    expect(band.effects).toEqual([{ kind: 'select', ids: ['x', 'boss', 'report'] }]);
  });

  it('draws a band on a plain background drag in select mode, replacing the selection', () => {
    const band = run(
      [down(250, -10), move(320, 50), up(320, 50)],
      scene({ dragMode: 'select', selection: ['boss'] }),
    );
    expect(band.effects).toEqual([{ kind: 'select', ids: ['report'] }]);
  });

  it('zooms with two fingers about where they started', () => {
    const touch = (pointerId: number, x: number) =>
      ({ type: 'down', pointerId, touch: true, button: 0, shift: false, screen: { x, y: 300 } }) as const;
    const { effects } = run([touch(1, 100), touch(2, 200), move(250, 300, 2, true)]);
    expect(effects).toEqual([{ kind: 'pinch', at: { x: 150, y: 300 }, factor: 1.5, dx: 25, dy: 0 }]);
  });

  it('asks to rename the card double-clicked, except in a view-only chart', () => {
    expect(run([{ type: 'doubleClick', screen: { x: 350, y: 40 } }]).effects).toEqual([
      { kind: 'rename', roleId: 'report' },
    ]);
    expect(
      run([{ type: 'doubleClick', screen: { x: 350, y: 40 } }], scene({ readOnly: true })).effects,
    ).toEqual([]);
  });

  it('shows the whole title on hover only where it is cut short, and reports where the pointer is', () => {
    const at = scene({ needsTooltip: (id) => id === 'report' });
    expect(run([move(350, 40)], at).state.view.hover).toEqual({
      roleId: 'report',
      screen: { x: 350, y: 40 },
    });
    expect(run([move(50, 40)], at).state.view.hover).toBeNull();
    expect(pointerStep(INITIAL_POINTER_STATE, move(50, 40), at).effects).toContainEqual({
      kind: 'pointer',
      at: { x: 50, y: 40 },
    });
  });

  it('ends nothing on a cancelled pointer', () => {
    expect(run([down(350, 40), move(100, 40), up(100, 40, true)]).effects).toEqual([]);
  });
});
