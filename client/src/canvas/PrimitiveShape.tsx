import { Group, Line, Rect, Text } from 'react-konva';
import type { Primitive } from '@orgcanvas/model';

/**
 * One scene primitive as Konva shapes. Nothing here listens to events: the canvas hit-tests against
 * the layout itself, which spares Konva a hit graph of thousands of shapes.
 */
export function PrimitiveShape({ p, fontFamily }: { p: Primitive; fontFamily: string }) {
  switch (p.kind) {
    case 'rect':
      return (
        <Rect
          x={p.x}
          y={p.y}
          width={p.width}
          height={p.height}
          cornerRadius={p.radius}
          fill={p.fill ?? undefined}
          stroke={p.stroke ?? undefined}
          strokeWidth={p.strokeWidth}
          dash={p.dash ? [...p.dash] : undefined}
          listening={false}
          perfectDrawEnabled={false}
        />
      );
    case 'text':
      return (
        <Text
          x={p.x}
          y={p.y}
          width={p.maxWidth}
          text={p.text}
          fontSize={p.fontSize}
          fontStyle={p.fontWeight === 'bold' ? 'bold' : 'normal'}
          fontFamily={fontFamily}
          fill={p.fill}
          align={p.align}
          wrap="none"
          listening={false}
          perfectDrawEnabled={false}
        />
      );
    case 'polyline':
      return (
        <Line
          points={p.points.flatMap((q) => [q.x, q.y])}
          stroke={p.stroke}
          strokeWidth={p.strokeWidth}
          // Lines keep their width on screen, so the structure stays visible when zoomed far out.
          strokeScaleEnabled={false}
          dash={p.dash ? [...p.dash] : undefined}
          listening={false}
          perfectDrawEnabled={false}
        />
      );
    case 'badge':
      return (
        <Group x={p.x} y={p.y} listening={false}>
          <Rect
            width={p.width}
            height={p.height}
            cornerRadius={p.height / 2}
            fill={p.fill}
            stroke={p.stroke ?? undefined}
            strokeWidth={p.stroke ? 1.5 : 0}
            perfectDrawEnabled={false}
          />
          <Text
            width={p.width}
            y={(p.height - p.fontSize) / 2 + 0.5}
            text={p.text}
            fontSize={p.fontSize}
            fontFamily={fontFamily}
            fill={p.textFill}
            align="center"
            wrap="none"
            perfectDrawEnabled={false}
          />
        </Group>
      );
  }
}
