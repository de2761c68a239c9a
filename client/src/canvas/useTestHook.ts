import { type RefObject, useEffect, useRef } from 'react';
import type Konva from 'konva';
import { type LayoutNode, type Rect, type Scene, type Size, unionRects } from '@orgcanvas/model';
import { detailFor, drawnTextSizes } from './detail.js';
import { type ChartUnit, drawnUnits } from './units.js';
import { installTestHook } from './testHook.js';
import type { PeerPresence } from './types.js';
import { type Viewport, focusOn, visibleWorldRect, worldRectToScreen } from './viewport.js';

const NO_PEERS: readonly never[] = [];

/** Answers the browser tests' questions about what the canvas draws (installed only when asked for). */
export function useTestHook(o: {
  readonly wrapper: RefObject<HTMLDivElement | null>;
  readonly stage: RefObject<Konva.Stage | null>;
  readonly scene: Scene | null;
  readonly nodes: readonly LayoutNode[];
  readonly nodesById: ReadonlyMap<string, LayoutNode>;
  readonly units: readonly ChartUnit[];
  readonly viewportRef: RefObject<Viewport>;
  rectOf(ids: readonly string[]): Rect | null;
  setViewport(update: (v: Viewport) => Viewport, from?: 'user' | 'request'): void;
  readonly size: Size;
  readonly presence: readonly PeerPresence[] | undefined;
}): void {
  const { wrapper, stage, scene, nodes, nodesById, units, viewportRef, rectOf, setViewport, size, presence } =
    o;
  const lastDraw = useRef<{ roles: number; scale: number; at: number } | null>(null);
  // Each draw of the static layer (the first layer while there is a scene) is noted with the scene it
  // drew; only pages that asked for the hook pay for the listener.
  useEffect(() => {
    const layer = stage.current?.getLayers()[0];
    if (!layer || !scene || window.__orgCanvasTestHookEnabled !== true) return;
    const roles = scene.cards.length;
    const onDraw = () => {
      lastDraw.current = { roles, scale: layer.getStage()?.scaleX() ?? 1, at: performance.now() };
    };
    layer.on('draw.testHook', onDraw);
    return () => {
      layer.off('draw.testHook', onDraw);
    };
  }, [stage, scene, size]);
  useEffect(() => {
    /** A canvas rectangle in client (page viewport) coordinates. */
    const onPage = (rect: Rect | undefined): Rect | null => {
      const el = wrapper.current;
      if (!rect || !el) return null;
      const box = el.getBoundingClientRect();
      const r = worldRectToScreen(viewportRef.current, rect);
      return { x: r.x + box.left, y: r.y + box.top, width: r.width, height: r.height };
    };
    return installTestHook({
      cardRect: (roleId) => onPage(nodesById.get(roleId)),
      units: () =>
        units.map((unit) => ({
          unitId: unit.unitId,
          kind: unit.kind,
          name: unit.name,
          texts: [...unit.texts],
          rect: onPage(unit)!,
        })),
      visibleRoles: () => nodes.map((n) => n.id),
      scale: () => viewportRef.current.scale,
      lastDraw: () => (lastDraw.current ? { ...lastDraw.current } : null),
      textSizes: () => {
        const v = viewportRef.current;
        const drawn = [...drawnUnits(scene), ...(scene?.cards ?? [])];
        return drawnTextSizes(drawn, detailFor(v.scale), v.scale, visibleWorldRect(v, size));
      },
      reveal: (ids) => {
        const unitRects = units.filter((unit) => ids.includes(unit.unitId));
        const target = unionRects([rectOf(ids), ...unitRects].filter((r): r is Rect => r !== null));
        if (target) setViewport((v) => focusOn(v, target, size), 'request');
      },
      peers: () =>
        (presence ?? NO_PEERS).map((peer) => ({
          name: peer.name,
          color: peer.color,
          pointer: peer.pointer ?? null,
          selection: [...peer.selection],
        })),
    });
  }, [wrapper, scene, nodes, nodesById, units, viewportRef, rectOf, setViewport, size, presence]);
}
