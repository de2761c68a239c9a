import { Line, Rect, Text } from 'react-konva';
import type { Primitive } from '@orgcanvas/model';
import { shapesOf, type ShapeSpec } from './shapes.js';

/**
 * One scene primitive as Konva shapes (see `shapesOf`). Nothing here listens to events: the canvas
 * hit-tests against the layout itself, which spares Konva a hit graph of thousands of shapes.
 */
export function PrimitiveShape({ p, fontFamily }: { p: Primitive; fontFamily: string }) {
  return (
    <>
      {shapesOf(p).map((s, i) => (
        <Shape key={i} s={s} fontFamily={fontFamily} />
      ))}
    </>
  );
}

function Shape({ s, fontFamily }: { s: ShapeSpec; fontFamily: string }) {
  switch (s.type) {
    case 'rect': {
      const { type: _rect, ...attrs } = s;
      return <Rect {...attrs} listening={false} perfectDrawEnabled={false} />;
    }
    case 'text': {
      const { type: _text, ...attrs } = s;
      return (
        <Text {...attrs} fontFamily={fontFamily} wrap="none" listening={false} perfectDrawEnabled={false} />
      );
    }
    case 'line': {
      const { type: _line, ...attrs } = s;
      return (
        <Line
          {...attrs}
          // Lines keep their width on screen, so the structure stays visible when zoomed far out.
          strokeScaleEnabled={false}
          listening={false}
          perfectDrawEnabled={false}
        />
      );
    }
  }
}
