import { Group, Layer, Rect, Text } from 'react-konva';
import type { LayoutNode, Point, Rect as Box } from '@orgcanvas/model';
import { PeersLayer } from './PeersLayer.js';
import type { PeerPresence, Verdict } from './types.js';

export interface DragView {
  readonly roleId: string;
  /** Where the dragged card's top-left would be: it follows the pointer at the grab offset. */
  readonly at: Point;
  readonly target: string | null;
  readonly verdict: Verdict | null;
  readonly title: string;
  /** The pointer in stage pixels, for the refusal tooltip. */
  readonly screen: Point;
}

const SELECTED = '#2563eb';
const HIT = '#f59e0b';
const OK = '#16a34a';
const REFUSED = '#dc2626';

function Outline({
  n,
  colour,
  gap,
  width,
  scale,
  fill,
}: {
  n: Box;
  colour: string;
  gap: number;
  width: number;
  scale: number;
  fill?: string;
}) {
  const g = gap / scale;
  return (
    <Rect
      x={n.x - g}
      y={n.y - g}
      width={n.width + 2 * g}
      height={n.height + 2 * g}
      cornerRadius={8 + g}
      stroke={colour}
      strokeWidth={width / scale}
      fill={fill}
      listening={false}
      perfectDrawEnabled={false}
    />
  );
}

/**
 * Everything that changes with the pointer: selection, search hits, the drag ghost and its drop
 * verdict, the rubber band, other people. Line widths are divided by the scale so they stay the same
 * on screen at every zoom.
 */
export function InteractiveLayer({
  nodes,
  selection,
  searchHits,
  marks,
  drag,
  band,
  peers,
  scale,
  fontFamily,
  editingLabel,
}: {
  editingLabel: (name: string) => string;
  nodes: ReadonlyMap<string, LayoutNode>;
  selection: readonly string[];
  searchHits: readonly string[];
  marks: readonly { readonly roleId: string; readonly colour: string }[];
  drag: DragView | null;
  band: Box | null;
  peers: readonly PeerPresence[];
  scale: number;
  fontFamily: string;
}) {
  const dragged = drag ? nodes.get(drag.roleId) : undefined;
  const target = drag?.target ? nodes.get(drag.target) : undefined;
  return (
    <Layer listening={false}>
      {searchHits.map((id) => {
        const n = nodes.get(id);
        return n ? (
          <Outline
            key={`hit:${id}`}
            n={n}
            colour={HIT}
            gap={4}
            width={4}
            scale={scale}
            fill="rgba(245,158,11,0.10)"
          />
        ) : null;
      })}
      {marks.map(({ roleId, colour }) => {
        const n = nodes.get(roleId);
        return n ? (
          <Outline key={`mark:${roleId}`} n={n} colour={colour} gap={6} width={4} scale={scale} />
        ) : null;
      })}
      <PeersLayer
        nodes={nodes}
        peers={peers}
        scale={scale}
        fontFamily={fontFamily}
        editingLabel={editingLabel}
      />
      {selection.map((id) => {
        const n = nodes.get(id);
        return n ? (
          <Outline key={`sel:${id}`} n={n} colour={SELECTED} gap={3} width={2.5} scale={scale} />
        ) : null;
      })}
      {target && drag?.verdict ? (
        <Outline
          n={target}
          colour={drag.verdict.ok ? OK : REFUSED}
          gap={5}
          width={3}
          scale={scale}
          fill={drag.verdict.ok ? 'rgba(22,163,74,0.10)' : 'rgba(220,38,38,0.10)'}
        />
      ) : null}
      {drag && dragged ? (
        <Group x={drag.at.x} y={drag.at.y} opacity={0.75} listening={false}>
          <Rect
            width={dragged.width}
            height={dragged.height}
            cornerRadius={8}
            fill="#ffffff"
            stroke={drag.verdict && !drag.verdict.ok ? REFUSED : SELECTED}
            strokeWidth={2 / scale}
            shadowColor="#0f172a"
            shadowBlur={12}
            shadowOpacity={0.25}
          />
          <Text
            x={16}
            y={dragged.height / 2 - 9}
            width={dragged.width - 26}
            text={drag.title}
            fontSize={16}
            fontStyle="bold"
            fontFamily={fontFamily}
            fill="#0f172a"
            wrap="none"
            ellipsis
          />
        </Group>
      ) : null}
      {band ? (
        <Rect
          x={band.x}
          y={band.y}
          width={band.width}
          height={band.height}
          fill="rgba(37,99,235,0.08)"
          stroke={SELECTED}
          strokeWidth={1 / scale}
          dash={[4 / scale, 3 / scale]}
          listening={false}
        />
      ) : null}
    </Layer>
  );
}
