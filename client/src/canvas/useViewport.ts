import {
  type Ref,
  type RefObject,
  useCallback,
  useEffect,
  useImperativeHandle,
  useRef,
  useState,
} from 'react';
import type { Point, Rect, Size } from '@orgcanvas/model';
import type { OrgCanvasHandle, OrgCanvasProps, ViewportInfo } from './types.js';
import {
  type Viewport,
  centreOf,
  classifyWheel,
  fitChart,
  focusOn,
  fromCentre,
  panBy,
  wheelZoomFactor,
  zoomAt,
} from './viewport.js';

export interface ViewportOptions {
  readonly wrapper: RefObject<HTMLDivElement | null>;
  readonly size: Size;
  /** The chart's bounds, or null while there is nothing to show. */
  readonly bounds: Rect | null;
  /** Bounds of the cards of each level, top first: what a readable fit falls back to. */
  readonly levels: readonly Rect[];
  readonly direction: 'down' | 'right';
  rectOf(ids: readonly string[]): Rect | null;
  selection(): readonly string[];
  onViewportChange(v: ViewportInfo): void;
  readonly focusRequest: OrgCanvasProps['focusRequest'];
  readonly viewportRequest: OrgCanvasProps['viewportRequest'];
  readonly handle: Ref<OrgCanvasHandle> | undefined;
}

/**
 * Where the canvas looks: the stage transform, wheel zoom and pan, fitting the chart the first time
 * it appears, the app's focus and viewport (follow) requests, and the toolbar handle. Every change
 * is reported with whether this user made it, which is what ends follow mode.
 */
export function useViewport(o: ViewportOptions) {
  const { wrapper, size, bounds, rectOf } = o;
  const [viewport, setViewportState] = useState<Viewport>({ x: 0, y: 0, scale: 1 });
  const viewportRef = useRef(viewport);
  const source = useRef<'user' | 'request'>('user');
  const latest = useRef(o);
  useEffect(() => {
    latest.current = o;
  });
  // Set when the last fit showed only the top levels; any other move of the view clears it.
  const [partialFit, setPartialFit] = useState<number | null>(null);
  const setViewport = useCallback((update: (v: Viewport) => Viewport, from: 'user' | 'request' = 'user') => {
    source.current = from;
    setPartialFit(null);
    setViewportState((v) => {
      const next = update(v);
      viewportRef.current = next;
      return next;
    });
  }, []);

  useEffect(() => {
    if (size.width === 0) return;
    latest.current.onViewportChange({
      centre: centreOf(viewport, size),
      scale: viewport.scale,
      source: source.current,
    });
  }, [viewport, size]);

  const fit = useCallback(
    (whole: Rect, from: 'user' | 'request') => {
      const chosen = fitChart(whole, latest.current.levels, size, latest.current.direction);
      setViewport(() => chosen.viewport, from);
      setPartialFit(chosen.levelsShown);
    },
    [size, setViewport],
  );

  // First sight of the chart: fit it.
  const fitted = useRef(false);
  useEffect(() => {
    if (fitted.current || !bounds || size.width === 0) return;
    fitted.current = true;
    fit(bounds, 'request');
  }, [bounds, size, fit]);

  // Focus requests wait for the layout to contain their roles (a just-added role, say).
  const focusDone = useRef<number | null>(null);
  const focus = o.focusRequest;
  useEffect(() => {
    if (!focus || focusDone.current === focus.nonce || size.width === 0) return;
    const target = rectOf(focus.roleIds);
    if (!target) return;
    focusDone.current = focus.nonce;
    setViewport((v) => focusOn(v, target, size), 'request');
  }, [focus, rectOf, size, setViewport]);

  // Each request applies once (a resize must not snap the view back to an old request).
  const viewportDone = useRef<number | null>(null);
  const viewportRequest = o.viewportRequest;
  useEffect(() => {
    if (!viewportRequest || viewportDone.current === viewportRequest.nonce || size.width === 0) return;
    viewportDone.current = viewportRequest.nonce;
    setViewport(() => fromCentre(viewportRequest.centre, viewportRequest.scale, size), 'request');
  }, [viewportRequest, size, setViewport]);

  useImperativeHandle(
    o.handle,
    () => ({
      fitToScreen: () => {
        if (bounds) fit(bounds, 'user');
      },
      zoomToSelection: () => {
        const target = rectOf(latest.current.selection());
        if (target) setViewport((v) => focusOn(v, target, size, 60, v.scale));
      },
      zoomBy: (factor: number) =>
        setViewport((v) => zoomAt(v, { x: size.width / 2, y: size.height / 2 }, factor)),
      getViewport: () => ({ centre: centreOf(viewportRef.current, size), scale: viewportRef.current.scale }),
    }),
    [bounds, size, rectOf, setViewport, fit],
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
  }, [wrapper, setViewport]);

  return { viewport, viewportRef, setViewport, partialFit };
}
