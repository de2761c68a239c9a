import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type Konva from 'konva';
import { Stage } from 'react-konva';
import { type LayoutNode, buildScene, designIndex, unionRects } from '@orgcanvas/model';
import { detailFor, fontSizesOf, minReadableFont } from './detail.js';
import { levelBounds } from './levels.js';
import { drawnUnits, sceneUnitBoxes } from './units.js';
import { InteractiveLayer } from './InteractiveLayer.js';
import { Minimap } from './Minimap.js';
import { Legend, Notice, Tooltip } from './Overlays.js';
import { noticeFor, tooltipFor } from './messages.js';
import { canvasMeasure, useSceneFont } from './sceneFont.js';
import { StaticLayer } from './StaticLayer.js';
import { CANVAS_STRINGS } from './strings.js';
import type { OrgCanvasProps, ViewportInfo } from './types.js';
import { useLayout } from './useLayout.js';
import { usePointerInteractions } from './usePointerInteractions.js';
import { useStageSize } from './useStageSize.js';
import { useTestHook } from './useTestHook.js';
import { useVisibleWindow } from './useVisibleWindow.js';
import { useViewport } from './useViewport.js';
import { UnitPanel } from './UnitPanel.js';
import { fromCentre, worldRectToScreen } from './viewport.js';

const NO_PEERS: readonly never[] = [];
const IGNORE = () => {};
const REFUSE_UNIT_MOVES = () => ({ ok: false as const, reason: '' });

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
  const unitBoxes = useMemo(() => sceneUnitBoxes(scene), [scene]);
  const unitsById = useMemo(() => new Map(unitBoxes.map((box) => [box.unitId, box])), [unitBoxes]);
  // A unit picked on the chart opens beside it, to be edited there.
  const openUnitBox = props.selectedUnit ? unitsById.get(props.selectedUnit) : undefined;
  const openUnit = openUnitBox ? designIndex(design).unitsById.get(openUnitBox.unitId) : undefined;
  // Only cards on the chart can be renamed or hovered: their full titles, not every role's.
  const titles = useMemo(() => new Map(scene?.cards.map((c) => [c.roleId, c.title])), [scene]);

  const rectOf = useCallback(
    (ids: readonly string[]) => unionRects(ids.flatMap((id) => nodesById.get(id) ?? [])),
    [nodesById],
  );
  const levels = useMemo(() => levelBounds(design, nodes), [design, nodes]);
  const { viewport, viewportRef, setViewport, partialFit } = useViewport({
    wrapper,
    size,
    bounds: scene && (scene.cards.length > 0 || unitBoxes.length > 0) ? scene.bounds : null,
    levels,
    direction: layoutOptions.direction,
    rectOf,
    selection: () => latest.current.selection,
    onViewportChange: (v: ViewportInfo) => latest.current.onViewportChange?.(v),
    focusRequest: props.focusRequest,
    viewportRequest: props.viewportRequest,
    handle: ref,
  });
  const detail = detailFor(viewport.scale);
  const fontSizes = useMemo(() => fontSizesOf([...drawnUnits(scene), ...(scene?.cards ?? [])]), [scene]);
  const minFont = minReadableFont(viewport.scale, fontSizes);

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
    units: unitBoxes,
    selectedUnit: props.selectedUnit ?? null,
    readOnly,
    dragMode: props.dragMode ?? 'pan',
    viewport,
    setViewport,
    onSelectionChange: props.onSelectionChange,
    onReparent: props.onReparent,
    canReparent: props.canReparent,
    canMoveUnit: props.canMoveUnit ?? REFUSE_UNIT_MOVES,
    onSelectUnit: props.onSelectUnit ?? IGNORE,
    onMoveUnit: props.onMoveUnit ?? IGNORE,
    onRename: props.onRename,
    onToggleCollapse: props.onToggleCollapse,
    onPointerMove: props.onPointerMove,
    needsTooltip,
  });

  useEffect(() => {
    stage.current?.container().setAttribute('data-testid', 'org-canvas');
  });

  useTestHook({
    wrapper,
    stage,
    scene,
    nodes,
    nodesById,
    units: unitBoxes,
    viewportRef,
    rectOf,
    setViewport,
    size,
    presence,
  });

  const { visible, cull, showMinimap } = useVisibleWindow(
    scene,
    unitBoxes.length,
    viewport,
    size,
    props.minimap ?? 'auto',
  );

  const running = useDelayed(status === 'running', 400);
  const notice = noticeFor(strings, {
    status,
    running,
    empty: scene !== null && scene.cards.length === 0 && unitBoxes.length === 0,
    partialFit,
  });
  const tooltip = tooltipFor(
    strings,
    view,
    (id) => titles.get(id) ?? '',
    (id) => unitsById.get(id)?.name ?? '',
  );

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
          {scene ? <StaticLayer scene={scene} detail={detail} minFont={minFont} window={cull} /> : null}
          <InteractiveLayer
            nodes={nodesById}
            units={unitsById}
            selection={selection}
            selectedUnit={props.selectedUnit ?? null}
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
      {openUnit && openUnitBox && props.unitEdits ? (
        <UnitPanel
          unit={openUnit}
          kind={openUnitBox.kind}
          at={worldRectToScreen(viewport, openUnitBox)}
          stage={size}
          locale={locale}
          readOnly={readOnly}
          edits={props.unitEdits}
        />
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
