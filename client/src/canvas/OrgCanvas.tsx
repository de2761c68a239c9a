import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type Konva from 'konva';
import { Stage } from 'react-konva';
import { type LayoutNode, type Rect, buildScene, unionRects } from '@orgcanvas/model';
import { cullWindow, detailFor } from './detail.js';
import { InteractiveLayer } from './InteractiveLayer.js';
import { Minimap } from './Minimap.js';
import { Legend, Notice, Tooltip } from './Overlays.js';
import { canvasMeasure, useSceneFont } from './sceneFont.js';
import { StaticLayer } from './StaticLayer.js';
import { CANVAS_STRINGS } from './strings.js';
import { installTestHook } from './testHook.js';
import type { OrgCanvasProps, ViewportInfo } from './types.js';
import { useLayout } from './useLayout.js';
import { usePointerInteractions } from './usePointerInteractions.js';
import { useStageSize } from './useStageSize.js';
import { useViewport } from './useViewport.js';
import { focusOn, fromCentre, visibleWorldRect, worldRectToScreen } from './viewport.js';

const NO_PEERS: readonly never[] = [];
/** Above this many cards the static layer mounts only what is near the view. */
const CULL_ABOVE = 150;

/**
 * The org chart: a static layer of cards and lines drawn from the shared scene, an interactive layer
 * on top, HTML overlays for what must stay readable at any zoom (legend, tooltip, notices, minimap).
 */
export function OrgCanvas(props: OrgCanvasProps) {
  const { design, locale, collapsed, layoutOptions, selection, searchHits, readOnly, presence, ref } = props;
  const strings = CANVAS_STRINGS[locale];
  const wrapper = useRef<HTMLDivElement>(null);
  const stage = useRef<Konva.Stage>(null);
  const size = useStageSize(wrapper);
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });

  const { layout, status } = useLayout(design, collapsed, layoutOptions, props.layoutDeadlineMs ?? 8000);
  const fontLoads = useSceneFont(design);
  const scene = useMemo(
    () =>
      layout
        ? buildScene(design, layout, {
            locale,
            collapsed,
            direction: layoutOptions.direction,
            measure: canvasMeasure,
          })
        : null,
    // A font load changes what canvasMeasure answers, so the scene is fitted again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [design, layout, locale, collapsed, layoutOptions.direction, fontLoads],
  );
  const nodes = useMemo<LayoutNode[]>(
    () => scene?.cards.map((c) => ({ id: c.roleId, x: c.x, y: c.y, width: c.width, height: c.height })) ?? [],
    [scene],
  );
  const nodesById = useMemo(() => new Map(nodes.map((n) => [n.id, n])), [nodes]);
  const titles = useMemo(() => new Map(design.roles.map((r) => [r.id, r.title])), [design]);

  const rectOf = useCallback(
    (ids: readonly string[]) => unionRects(ids.flatMap((id) => nodesById.get(id) ?? [])),
    [nodesById],
  );
  const { viewport, viewportRef, setViewport } = useViewport({
    wrapper,
    size,
    bounds: scene && scene.cards.length > 0 ? scene.bounds : null,
    rectOf,
    selection: () => latest.current.selection,
    onViewportChange: (v: ViewportInfo) => latest.current.onViewportChange?.(v),
    focusRequest: props.focusRequest,
    viewportRequest: props.viewportRequest,
    handle: ref,
  });
  const detail = detailFor(viewport.scale);

  useEffect(() => {
    latest.current.onLayoutStatus?.(status);
  }, [status]);

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
        reveal: (roleIds) => {
          const target = rectOf(roleIds);
          if (target) setViewport((v) => focusOn(v, target, size), 'request');
        },
        peers: () =>
          (presence ?? NO_PEERS).map((peer) => ({
            name: peer.name,
            color: peer.color,
            pointer: peer.pointer ?? null,
            selection: [...peer.selection],
          })),
      }),
    [nodes, nodesById, viewportRef, rectOf, setViewport, size, presence],
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
            marks={props.marks ?? NO_PEERS}
            drag={view.drag}
            band={view.band}
            peers={presence ?? NO_PEERS}
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
