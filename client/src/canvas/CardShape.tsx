import { memo, useLayoutEffect, useRef } from 'react';
import Konva from 'konva';
import { Group, Rect } from 'react-konva';
import type { SceneCard } from '@orgcanvas/model';
import type { Detail } from './detail.js';
import { PrimitiveShape } from './PrimitiveShape.js';
import { visibleAt } from './shapes.js';

export const MOVE_SECONDS = 0.25;

/**
 * A role card. Its position is set imperatively, not as a prop, so that after an edit the card can
 * glide from where it was to where the new layout puts it.
 */
export const CardShape = memo(function CardShape({
  card,
  detail,
  fontFamily,
}: {
  card: SceneCard;
  detail: Detail;
  fontFamily: string;
}) {
  const ref = useRef<Konva.Group>(null);
  const placed = useRef(false);
  useLayoutEffect(() => {
    const node = ref.current;
    if (!node) return;
    if (!placed.current || reducedMotion()) {
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

  if (detail === 'min') {
    // A block of unit colour: at this zoom the chart reads as shape and colour, not as text.
    return (
      <Group ref={ref} listening={false}>
        <Rect
          width={card.width}
          height={card.height}
          cornerRadius={8}
          fill={card.unitColor}
          opacity={0.85}
          perfectDrawEnabled={false}
        />
      </Group>
    );
  }
  return (
    <Group ref={ref} listening={false}>
      {card.primitives.map((p, i) =>
        visibleAt(p, detail) ? <PrimitiveShape key={i} p={p} fontFamily={fontFamily} /> : null,
      )}
    </Group>
  );
});

/** People who ask their system for less motion get cards that move without gliding. */
function reducedMotion(): boolean {
  return (
    typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true
  );
}
