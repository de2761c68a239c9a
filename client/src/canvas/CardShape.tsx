import { memo, useLayoutEffect, useRef } from 'react';
import Konva from 'konva';
import { Group } from 'react-konva';
import type { Lod, SceneCard } from '@orgcanvas/model';
import { PrimitiveShape } from './PrimitiveShape.js';

export const MOVE_SECONDS = 0.25;

/**
 * A role card. Its position is set imperatively, not as a prop, so that after an edit the card can
 * glide from where it was to where the new layout puts it.
 */
export const CardShape = memo(function CardShape({
  card,
  lod,
  fontFamily,
}: {
  card: SceneCard;
  lod: Lod;
  fontFamily: string;
}) {
  const ref = useRef<Konva.Group>(null);
  const placed = useRef(false);
  useLayoutEffect(() => {
    const node = ref.current;
    if (!node) return;
    if (!placed.current) {
      placed.current = true;
      node.position({ x: card.x, y: card.y });
      return;
    }
    if (node.x() === card.x && node.y() === card.y) return;
    const tween = new Konva.Tween({
      node,
      x: card.x,
      y: card.y,
      duration: MOVE_SECONDS,
      easing: Konva.Easings.EaseInOut,
    });
    tween.play();
    return () => {
      // A newer layout arrived mid-flight: start the next move from wherever the card is now.
      tween.pause();
      tween.destroy();
    };
  }, [card.x, card.y]);

  return (
    <Group ref={ref} listening={false}>
      {card.primitives.map((p, i) =>
        p.lod === undefined || p.lod === lod ? (
          <PrimitiveShape key={i} p={p} fontFamily={fontFamily} />
        ) : null,
      )}
    </Group>
  );
});
