import { Group, Line, Rect, Text } from 'react-konva';
import type { LayoutNode } from '@orgcanvas/model';
import { textWidth } from '@orgcanvas/model';
import type { PeerPresence } from './types.js';

const LABEL_SIZE = 12;

function NameTag({
  x,
  y,
  text,
  colour,
  scale,
  fontFamily,
}: {
  x: number;
  y: number;
  text: string;
  colour: string;
  scale: number;
  fontFamily: string;
}) {
  const w = textWidth(text, LABEL_SIZE) + 12;
  return (
    <Group x={x} y={y} scaleX={1 / scale} scaleY={1 / scale} listening={false}>
      <Rect width={w} height={20} cornerRadius={4} fill={colour} />
      <Text
        x={6}
        y={4}
        text={text}
        fontSize={LABEL_SIZE}
        fontFamily={fontFamily}
        fill="#ffffff"
        wrap="none"
      />
    </Group>
  );
}

/**
 * Other people: their pointers (an arrow and their name), the cards they have selected outlined in
 * their colour, and a tag on the card they are editing. Drawn at a constant size on screen.
 */
export function PeersLayer({
  nodes,
  peers,
  scale,
  fontFamily,
  editingLabel,
}: {
  nodes: ReadonlyMap<string, LayoutNode>;
  peers: readonly PeerPresence[];
  scale: number;
  fontFamily: string;
  editingLabel: (name: string) => string;
}) {
  return (
    <>
      {peers.map((peer, i) => {
        // Each person's outline sits a little further out so that several can share a card.
        const gap = (7 + 3 * (i % 4)) / scale;
        return (
          <Group key={peer.clientId} listening={false}>
            {peer.selection.map((id) => {
              const n = nodes.get(id);
              return n ? (
                <Rect
                  key={id}
                  x={n.x - gap}
                  y={n.y - gap}
                  width={n.width + 2 * gap}
                  height={n.height + 2 * gap}
                  cornerRadius={8 + gap}
                  stroke={peer.color}
                  strokeWidth={2 / scale}
                  dash={[6 / scale, 3 / scale]}
                  perfectDrawEnabled={false}
                />
              ) : null;
            })}
            {peer.editingRoleId && nodes.get(peer.editingRoleId) ? (
              <NameTag
                x={nodes.get(peer.editingRoleId)!.x}
                y={nodes.get(peer.editingRoleId)!.y - 24 / scale}
                text={`✎ ${editingLabel(peer.name)}`}
                colour={peer.color}
                scale={scale}
                fontFamily={fontFamily}
              />
            ) : null}
            {peer.pointer ? (
              <Group x={peer.pointer.x} y={peer.pointer.y} scaleX={1 / scale} scaleY={1 / scale}>
                <Line
                  points={[0, 0, 0, 17, 4.5, 13, 8, 20, 11, 19, 7.5, 12, 13, 12]}
                  closed
                  fill={peer.color}
                  stroke="#ffffff"
                  strokeWidth={1.2}
                />
              </Group>
            ) : null}
            {peer.pointer ? (
              <NameTag
                x={peer.pointer.x + 14 / scale}
                y={peer.pointer.y + 16 / scale}
                text={peer.name}
                colour={peer.color}
                scale={scale}
                fontFamily={fontFamily}
              />
            ) : null}
          </Group>
        );
      })}
    </>
  );
}
