import { memo, useEffect, useRef } from 'react';
import Konva from 'konva';
import { Group, Layer } from 'react-konva';
import type { Lod, Scene } from '@orgcanvas/model';
import { CardShape, MOVE_SECONDS } from './CardShape.js';
import { PrimitiveShape } from './PrimitiveShape.js';

/**
 * Cards and lines: redrawn only when the scene or the level of detail changes, never while the
 * pointer moves. Nothing in it listens; the interactive layer above owns all feedback.
 */
export const StaticLayer = memo(function StaticLayer({ scene, lod }: { scene: Scene; lod: Lod }) {
  const lines = useRef<Konva.Group>(null);
  const lastLines = useRef(scene.lines);

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
      <Group ref={lines}>
        {scene.lines.map((l) => (
          <PrimitiveShape key={l.id} p={l.primitive} fontFamily={scene.fontFamily} />
        ))}
      </Group>
      {scene.cards.map((c) => (
        <CardShape key={c.roleId} card={c} lod={lod} fontFamily={scene.fontFamily} />
      ))}
    </Layer>
  );
});
