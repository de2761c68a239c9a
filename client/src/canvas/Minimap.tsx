import { type PointerEvent as ReactPointerEvent, useEffect, useMemo, useRef } from 'react';
import type { Point, Rect, Scene } from '@orgcanvas/model';

const WIDTH = 200;
const HEIGHT = 140;
const PAD = 6;

function mapping(bounds: Rect): { scale: number; ox: number; oy: number } {
  const scale = Math.min(
    (WIDTH - 2 * PAD) / Math.max(1, bounds.width),
    (HEIGHT - 2 * PAD) / Math.max(1, bounds.height),
  );
  const ox = PAD + (WIDTH - 2 * PAD - bounds.width * scale) / 2 - bounds.x * scale;
  const oy = PAD + (HEIGHT - 2 * PAD - bounds.height * scale) / 2 - bounds.y * scale;
  return { scale, ox, oy };
}

/** Lines and cards of the scene at minimap scale, on a 2D context already cleared. */
function paintChart(ctx: CanvasRenderingContext2D, scene: Scene, dpr: number): void {
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  const { scale, ox, oy } = mapping(scene.bounds);
  ctx.strokeStyle = '#cbd5e1';
  ctx.lineWidth = 1;
  ctx.beginPath();
  for (const line of scene.lines) {
    line.primitive.points.forEach((p, i) =>
      i === 0
        ? ctx.moveTo(ox + p.x * scale, oy + p.y * scale)
        : ctx.lineTo(ox + p.x * scale, oy + p.y * scale),
    );
  }
  ctx.stroke();
  for (const card of scene.cards) {
    ctx.fillStyle = card.unitColor;
    ctx.fillRect(
      ox + card.x * scale,
      oy + card.y * scale,
      Math.max(1.5, card.width * scale),
      Math.max(1.5, card.height * scale),
    );
  }
}

/** The scene painted once into an offscreen canvas of the minimap's size, or null without a DOM. */
function drawChart(scene: Scene): HTMLCanvasElement | null {
  if (typeof document === 'undefined') return null;
  const dpr = window.devicePixelRatio || 1;
  const offscreen = document.createElement('canvas');
  offscreen.width = WIDTH * dpr;
  offscreen.height = HEIGHT * dpr;
  const ctx = offscreen.getContext('2d');
  if (!ctx) return null;
  paintChart(ctx, scene, dpr);
  return offscreen;
}

/**
 * An overview of the whole chart with the visible part framed, on a plain 2D canvas.
 */
export function Minimap({
  scene,
  visible,
  label,
  onNavigate,
}: {
  scene: Scene;
  visible: Rect;
  label: string;
  onNavigate(centre: Point): void;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const dragging = useRef(false);

  // The chart itself is drawn once per scene into an offscreen canvas; a pan or zoom only copies it
  // and frames the view, so the cost of a frame does not grow with the size of the chart.
  const chart = useMemo(() => drawChart(scene), [scene]);

  useEffect(() => {
    const ctx = canvas.current?.getContext('2d');
    if (!ctx) return;
    const dpr = window.devicePixelRatio || 1;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, WIDTH * dpr, HEIGHT * dpr);
    if (chart) ctx.drawImage(chart, 0, 0);
    else paintChart(ctx, scene, dpr);
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    const { scale, ox, oy } = mapping(scene.bounds);
    ctx.strokeStyle = '#2563eb';
    ctx.lineWidth = 1.5;
    ctx.fillStyle = 'rgba(37,99,235,0.08)';
    const vx = ox + visible.x * scale;
    const vy = oy + visible.y * scale;
    ctx.fillRect(vx, vy, visible.width * scale, visible.height * scale);
    ctx.strokeRect(vx, vy, visible.width * scale, visible.height * scale);
  }, [scene, chart, visible]);

  const navigate = (e: ReactPointerEvent<HTMLCanvasElement>): void => {
    const box = e.currentTarget.getBoundingClientRect();
    const { scale, ox, oy } = mapping(scene.bounds);
    onNavigate({ x: (e.clientX - box.left - ox) / scale, y: (e.clientY - box.top - oy) / scale });
  };

  const dpr = typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;
  return (
    <canvas
      ref={canvas}
      data-testid="org-canvas-minimap"
      aria-label={label}
      title={label}
      width={WIDTH * dpr}
      height={HEIGHT * dpr}
      style={{
        position: 'absolute',
        right: 12,
        bottom: 12,
        width: WIDTH,
        height: HEIGHT,
        background: 'rgba(255,255,255,0.92)',
        border: '1px solid #cbd5e1',
        borderRadius: 6,
        boxShadow: '0 1px 4px rgba(15,23,42,0.12)',
        cursor: 'pointer',
        touchAction: 'none',
      }}
      onPointerDown={(e) => {
        e.stopPropagation();
        dragging.current = true;
        e.currentTarget.setPointerCapture(e.pointerId);
        navigate(e);
      }}
      onPointerMove={(e) => {
        e.stopPropagation();
        if (dragging.current) navigate(e);
      }}
      onPointerUp={(e) => {
        e.stopPropagation();
        dragging.current = false;
      }}
      onWheel={(e) => e.stopPropagation()}
    />
  );
}
