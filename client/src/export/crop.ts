import { SCENE_MARGIN, unionRects, type Rect, type Scene } from '@orgcanvas/model';

/** What part of the design an export covers. */
export type ExportScope = 'design' | 'view' | 'selection';

const overlaps = (a: Rect, b: Rect): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * The scene cut down to a rectangle: what touches it is kept, and the bounds become the rectangle
 * (less the margin the SVG writer adds back), so the file shows exactly that part.
 */
export function cropScene(scene: Scene, rect: Rect): Scene {
  const inner = {
    x: rect.x + SCENE_MARGIN,
    y: rect.y + SCENE_MARGIN,
    width: Math.max(1, rect.width - 2 * SCENE_MARGIN),
    height: Math.max(1, rect.height - 2 * SCENE_MARGIN),
  };
  const lineBox = (points: readonly { x: number; y: number }[]) =>
    unionRects(points.map((p) => ({ x: p.x, y: p.y, width: 0, height: 0 })))!;
  return {
    ...scene,
    bounds: inner,
    cards: scene.cards.filter((c) => overlaps(c, rect)),
    units: scene.units.filter((u) => overlaps(u, rect)),
    lines: scene.lines.filter((l) => overlaps(lineBox(l.primitive.points), rect)),
    decorations: [],
  };
}

/** The selected roles' cards and the lines between them, framed with the usual margin. */
export function selectionScene(scene: Scene, roleIds: readonly string[]): Scene | null {
  const ids = new Set(roleIds);
  const cards = scene.cards.filter((c) => ids.has(c.roleId));
  const box = unionRects(cards);
  if (!box) return null;
  return {
    ...scene,
    bounds: box,
    cards,
    units: [],
    lines: scene.lines.filter((l) => ids.has(l.from) && ids.has(l.to)),
    decorations: [],
  };
}
