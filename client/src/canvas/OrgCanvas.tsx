import { useCallback, useEffect, useImperativeHandle, useMemo, useRef, useState } from 'react';
import type Konva from 'konva';
import { Stage } from 'react-konva';
import { type LayoutNode, type Point, type Rect, buildScene } from '@orgcanvas/model';
import { cullWindow, detailFor } from './detail.js';
import { InteractiveLayer } from './InteractiveLayer.js';
import { Minimap } from './Minimap.js';
import { Legend, Notice, Tooltip } from './Overlays.js';
import { StaticLayer } from './StaticLayer.js';
import { CANVAS_STRINGS } from './strings.js';
import { installTestHook } from './testHook.js';
import type { OrgCanvasProps } from './types.js';
import { useLayout } from './useLayout.js';
import { usePointerInteractions } from './usePointerInteractions.js';
import { useStageSize } from './useStageSize.js';
import {
  type Viewport,
  centreOf,
  classifyWheel,
  fitBounds,
  focusOn,
  fromCentre,
  panBy,
  unionRects,
  visibleWorldRect,
  wheelZoomFactor,
  worldRectToScreen,
  zoomAt,
} from './viewport.js';

const NO_PEERS: readonly never[] = [];
/** Above this many cards the static layer mounts only what is near the view. */
const CULL_ABOVE = 150;

/**
 * The org chart: a static layer of cards and lines drawn from the shared scene, an interactive layer
 * on top, HTML overlays for what must stay readable at any zoom (legend, tooltip, notices, minimap).
 */
export function OrgCanvas(props: OrgCanvasProps) {
  const { design, locale, collapsed, layoutOptions, selection, searchHits, readOnly, ref } = props;
  const strings = CANVAS_STRINGS[locale];
  const wrapper = useRef<HTMLDivElement>(null);
  const stage = useRef<Konva.Stage>(null);
  const size = useStageSize(wrapper);
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });

  const { layout, status } = useLayout(design, collapsed, layoutOptions, props.layoutDeadlineMs ?? 8000);
  const scene = useMemo(
    () =>
      layout ? buildScene(design, layout, { locale, collapsed, direction: layoutOptions.direction }) : null,
    [design, layout, locale, collapsed, layoutOptions.direction],
  );
  const nodes = useMemo<LayoutNode[]>(
    () => scene?.cards.map((c) => ({ id: c.roleId, x: c.x, y: c.y, width: c.width, height: c.height })) ?? [],
    [scene],
  );
  const nodesById = useMemo(() => new Map(nodes.map((n) => [n.id, n])), [nodes]);
  const titles = useMemo(() => new Map(design.roles.map((r) => [r.id, r.title])), [design]);

  // Viewport: `source` records whether the last change came from this user or from a request.
  const [viewport, setViewportState] = useState<Viewport>({ x: 0, y: 0, scale: 1 });
  const viewportRef = useRef(viewport);
  const source = useRef<'user' | 'request'>('user');
  const setViewport = useCallback((update: (v: Viewport) => Viewport, from: 'user' | 'request' = 'user') => {
    source.current = from;
    setViewportState((v) => {
      const next = update(v);
      viewportRef.current = next;
      return next;
    });
  }, []);
  const detail = detailFor(viewport.scale);

  useEffect(() => {
    if (size.width === 0) return;
    latest.current.onViewportChange?.({
      centre: centreOf(viewport, size),
      scale: viewport.scale,
      source: source.current,
    });
  }, [viewport, size]);

  useEffect(() => {
    latest.current.onLayoutStatus?.(status);
  }, [status]);

  // First sight of the chart: fit it.
  const fitted = useRef(false);
  useEffect(() => {
    if (fitted.current || !scene || scene.cards.length === 0 || size.width === 0) return;
    fitted.current = true;
    setViewport(() => fitBounds(scene.bounds, size), 'request');
  }, [scene, size, setViewport]);

  const rectOf = useCallback(
    (ids: readonly string[]) => unionRects(ids.flatMap((id) => nodesById.get(id) ?? [])),
    [nodesById],
  );

  // Focus requests wait for the layout to contain their roles (a just-added role, say).
  const focusDone = useRef<number | null>(null);
  const focus = props.focusRequest;
  useEffect(() => {
    if (!focus || focusDone.current === focus.nonce || size.width === 0) return;
    const target = rectOf(focus.roleIds);
    if (!target) return;
    focusDone.current = focus.nonce;
    setViewport((v) => focusOn(v, target, size), 'request');
  }, [focus, rectOf, size, setViewport]);

  const viewportRequest = props.viewportRequest;
  useEffect(() => {
    if (!viewportRequest || size.width === 0) return;
    setViewport(() => fromCentre(viewportRequest.centre, viewportRequest.scale, size), 'request');
  }, [viewportRequest, size, setViewport]);

  useImperativeHandle(
    ref,
    () => ({
      fitToScreen: () => {
        if (scene) setViewport(() => fitBounds(scene.bounds, size));
      },
      zoomToSelection: () => {
        const target = rectOf(latest.current.selection);
        if (target) setViewport((v) => focusOn(v, target, size, 60, v.scale));
      },
      zoomBy: (factor: number) =>
        setViewport((v) => zoomAt(v, { x: size.width / 2, y: size.height / 2 }, factor)),
      getViewport: () => ({ centre: centreOf(viewportRef.current, size), scale: viewportRef.current.scale }),
    }),
    [scene, size, rectOf, setViewport],
  );

  // Wheel: React's wheel listener is passive, and the page must not scroll under the canvas.
  useEffect(() => {
    const el = wrapper.current;
    if (!el) return;
    const onWheel = (e: WheelEvent): void => {
      e.preventDefault();
      const box = el.getBoundingClientRect();
      const at: Point = { x: e.clientX - box.left, y: e.clientY - box.top };
      if (classifyWheel(e) === 'zoom' && !(e.shiftKey && !e.ctrlKey)) {
        setViewport((v) => zoomAt(v, at, wheelZoomFactor(e)));
      } else {
        // Shift turns a mouse wheel sideways, as it does on web pages.
        const dx = e.shiftKey && e.deltaX === 0 ? e.deltaY : e.deltaX;
        const dy = e.shiftKey && e.deltaX === 0 ? 0 : e.deltaY;
        setViewport((v) => panBy(v, -dx, -dy));
      }
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => el.removeEventListener('wheel', onWheel);
  }, [setViewport]);

  const needsTooltip = useCallback(
    (roleId: string) =>
      detail !== 'near' || (scene?.cards.find((c) => c.roleId === roleId)?.titleTruncated ?? false),
    [detail, scene],
  );
  const { view, handlers } = usePointerInteractions(wrapper, {
    nodes,
    cards: scene?.cards ?? [],
    titles,
    selection,
    readOnly,
    dragMode: props.dragMode ?? 'pan',
    viewport,
    setViewport,
    onSelectionChange: props.onSelectionChange,
    onReparent: props.onReparent,
    canReparent: props.canReparent,
    onRename: props.onRename,
    onToggleCollapse: props.onToggleCollapse,
    onPointerMove: props.onPointerMove,
    needsTooltip,
  });

  useEffect(() => {
    stage.current?.container().setAttribute('data-testid', 'org-canvas');
  });

  useEffect(
    () =>
      installTestHook({
        cardRect: (roleId) => {
          const n = nodesById.get(roleId);
          const el = wrapper.current;
          if (!n || !el) return null;
          const box = el.getBoundingClientRect();
          const r = worldRectToScreen(viewportRef.current, n);
          return { x: r.x + box.left, y: r.y + box.top, width: r.width, height: r.height };
        },
        visibleRoles: () => nodes.map((n) => n.id),
        scale: () => viewportRef.current.scale,
      }),
    [nodes, nodesById],
  );

  const visible = visibleWorldRect(viewport, size);
  // Large orgs mount only the cards near the view; small ones mount everything once.
  const [cull, setCull] = useState<Rect | null>(null);
  const large = (scene?.cards.length ?? 0) > CULL_ABOVE;
  useEffect(() => {
    if (!large || size.width === 0) {
      setCull(null);
      return;
    }
    setCull((w) => cullWindow(visibleWorldRect(viewport, size), w));
  }, [large, viewport, size]);
  const minimapMode = props.minimap ?? 'auto';
  const showMinimap =
    scene !== null &&
    scene.cards.length > 1 &&
    (minimapMode === 'always' ||
      (minimapMode === 'auto' &&
        (scene.bounds.x < visible.x ||
          scene.bounds.y < visible.y ||
          scene.bounds.x + scene.bounds.width > visible.x + visible.width ||
          scene.bounds.y + scene.bounds.height > visible.y + visible.height)));

  const running = useDelayed(status === 'running', 400);
  const notice =
    status === 'failed-kept-last'
      ? { text: strings.layoutFailed, tone: 'warning' as const }
      : running
        ? { text: strings.layoutRunning, tone: 'info' as const }
        : scene && scene.cards.length === 0
          ? { text: strings.layoutEmpty, tone: 'info' as const }
          : null;

  const tooltip =
    view.drag?.verdict && !view.drag.verdict.ok
      ? {
          ...view.drag.screen,
          text: view.drag.verdict.reason || strings.dropRefused,
          tone: 'refused' as const,
        }
      : view.drag?.verdict?.ok && view.drag.target
        ? {
            ...view.drag.screen,
            text: strings.dropHere(titles.get(view.drag.target) ?? ''),
            tone: 'info' as const,
          }
        : view.hover
          ? { ...view.hover.screen, text: titles.get(view.hover.roleId) ?? '', tone: 'info' as const }
          : null;

  return (
    <div
      ref={wrapper}
      role="application"
      aria-label={strings.canvasLabel}
      data-testid="org-canvas-root"
      style={{
        position: 'relative',
        width: '100%',
        height: '100%',
        overflow: 'hidden',
        touchAction: 'none',
        userSelect: 'none',
        background: scene?.background ?? '#f8fafc',
        cursor: view.cursor,
      }}
      {...handlers}
    >
      {size.width > 0 && size.height > 0 ? (
        <Stage
          ref={stage}
          width={size.width}
          height={size.height}
          x={viewport.x}
          y={viewport.y}
          scaleX={viewport.scale}
          scaleY={viewport.scale}
          listening={false}
        >
          {scene ? <StaticLayer scene={scene} detail={detail} window={cull} /> : null}
          <InteractiveLayer
            nodes={nodesById}
            selection={selection}
            searchHits={searchHits}
            drag={view.drag}
            band={view.band}
            peers={props.presence ?? NO_PEERS}
            scale={viewport.scale}
            fontFamily={scene?.fontFamily ?? 'sans-serif'}
            editingLabel={strings.editing}
          />
        </Stage>
      ) : null}
      {scene ? <Legend entries={scene.legend} title={strings.legend} /> : null}
      {notice ? <Notice text={notice.text} tone={notice.tone} /> : null}
      {tooltip && tooltip.text ? (
        <Tooltip x={tooltip.x} y={tooltip.y} text={tooltip.text} tone={tooltip.tone} />
      ) : null}
      {showMinimap && scene ? (
        <Minimap
          scene={scene}
          visible={visible}
          label={strings.minimap}
          onNavigate={(centre) => setViewport((v) => fromCentre(centre, v.scale, size))}
        />
      ) : null}
    </div>
  );
}

/** True once `on` has stayed true for `ms`: a quick layout should not flash a notice. */
function useDelayed(on: boolean, ms: number): boolean {
  const [late, setLate] = useState(false);
  useEffect(() => {
    if (!on) {
      setLate(false);
      return;
    }
    const timer = setTimeout(() => setLate(true), ms);
    return () => clearTimeout(timer);
  }, [on, ms]);
  return late;
}
