import { memo, useEffect, useMemo, useRef } from 'react';
import Konva from 'konva';
import { Group, Layer } from 'react-konva';
import type { Rect, Scene } from '@orgcanvas/model';
import { CardShape, MOVE_SECONDS } from './CardShape.js';
import { type Detail, intersects, primitiveShown } from './detail.js';
import { PrimitiveShape } from './PrimitiveShape.js';
import { drawnUnits } from './units.js';

/**
 * Unit boxes, lines, cards and any title or legend the scene laid out: redrawn only when the scene or the level of detail changes, never while the
 * pointer moves. Nothing in it listens; the interactive layer above owns all feedback.
 */
export const StaticLayer = memo(function StaticLayer({
  scene,
  detail,
  minFont,
  window: view,
}: {
  scene: Scene;
  detail: Detail;
  /** The smallest font size readable at the current zoom (see `minReadableFont`). */
  minFont: number;
  /** Only what touches this canvas rectangle is mounted; null mounts everything. */
  window: Rect | null;
}) {
  const lines = useRef<Konva.Group>(null);
  const lastLines = useRef(scene.lines);
  // Each line's bounding box, once per scene: a pan that moves the mounted window tests every line.
  const boxes = useMemo(() => scene.lines.map((l) => lineBox(l.primitive.points)), [scene.lines]);

  useEffect(() => {
    const group = lines.current;
    if (!group || lastLines.current === scene.lines) return;
    const moved = lastLines.current.length > 0;
    lastLines.current = scene.lines;
    if (!moved) return;
    // Lines are drawn at their new places at once; hiding them while the cards glide there, then
    // fading them in, reads as one movement.
    group.opacity(0);
    const tween = new Konva.Tween({ node: group, opacity: 1, duration: 0.15 });
    const timer = setTimeout(() => tween.play(), MOVE_SECONDS * 1000);
    return () => {
      clearTimeout(timer);
      tween.destroy();
      group.opacity(1);
    };
  }, [scene.lines]);

  return (
    <Layer listening={false}>
      {/* Unit frames behind everything, outermost first; unit cards among them. */}
      {drawnUnits(scene)
        .filter((u) => !view || intersects(u, view))
        .map((u, i) => (
          <Group key={`${u.kind}:${u.unitId}:${i}`} x={u.x} y={u.y} listening={false}>
            {u.primitives.map((p, j) =>
              primitiveShown(p, detail, detail === 'min' ? Infinity : minFont) ? (
                <PrimitiveShape key={j} p={p} fontFamily={scene.fontFamily} />
              ) : null,
            )}
          </Group>
        ))}
      <Group ref={lines}>
        {scene.lines
          .filter((l, i) => !view || intersects(boxes[i]!, view))
          .map((l) => (
            <PrimitiveShape key={l.id} p={l.primitive} fontFamily={scene.fontFamily} />
          ))}
      </Group>
      {scene.cards
        .filter((c) => !view || intersects(c, view))
        .map((c) => (
          <CardShape
            key={c.roleId}
            card={c}
            detail={detail}
            minFont={minFont}
            fontFamily={scene.fontFamily}
          />
        ))}
      {scene.decorations.map((p, i) => (
        <PrimitiveShape key={`d${i}`} p={p} fontFamily={scene.fontFamily} />
      ))}
    </Layer>
  );
});

function lineBox(points: readonly { x: number; y: number }[]): Rect {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const p of points) {
    if (p.x < minX) minX = p.x;
    if (p.y < minY) minY = p.y;
    if (p.x > maxX) maxX = p.x;
    if (p.y > maxY) maxY = p.y;
  }
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}
