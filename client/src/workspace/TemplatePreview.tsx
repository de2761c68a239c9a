import { useMemo } from 'react';
import type { Design } from '@orgcanvas/model';

interface Box {
  readonly x: number;
  readonly depth: number;
  readonly color: string;
  readonly parent: number | null;
}

/**
 * A thumbnail of a design's reporting tree: leaves side by side, each manager centred over its
 * reports. Deep or wide trees are simply scaled down by the viewBox.
 */
export function TemplatePreview({ design, label }: { design: Design; label: string }) {
  const boxes = useMemo(() => treeBoxes(design), [design]);
  const width = Math.max(1, ...boxes.map((box) => box.x + 1));
  const depth = Math.max(1, ...boxes.map((box) => box.depth + 1));
  const cellW = 12;
  const cellH = 18;
  return (
    <svg
      className="template-preview"
      viewBox={`-2 -2 ${width * cellW + 4} ${depth * cellH}`}
      preserveAspectRatio="xMidYMid meet"
      role="img"
      aria-label={label}
    >
      {boxes.map((box, index) =>
        box.parent === null ? null : (
          <path
            key={`l${index}`}
            d={`M${boxes[box.parent]!.x * cellW + 5} ${boxes[box.parent]!.depth * cellH + 7} V${box.depth * cellH - 4} H${box.x * cellW + 5} V${box.depth * cellH}`}
            fill="none"
            stroke="#b8c0cc"
            strokeWidth="1"
          />
        ),
      )}
      {boxes.map((box, index) => (
        <rect
          key={index}
          x={box.x * cellW}
          y={box.depth * cellH}
          width="10"
          height="7"
          rx="1.5"
          fill={box.color}
        />
      ))}
    </svg>
  );
}

/** The role tree, or for a design of units only (a department map) the unit tree. */
function treeBoxes(design: Design): Box[] {
  const colours = new Map(design.units.map((unit) => [unit.id, unit.color]));
  const nodes =
    design.roles.length > 0
      ? design.roles.map((role) => ({
          id: role.id,
          parent: role.reportsTo,
          color: (role.unitId && colours.get(role.unitId)) || '#8a94a6',
        }))
      : design.units.map((unit) => ({ id: unit.id, parent: unit.parentId, color: unit.color }));
  const children = new Map<string | null, string[]>();
  for (const node of nodes) children.set(node.parent, [...(children.get(node.parent) ?? []), node.id]);
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const boxes: Box[] = [];
  let nextLeaf = 0;
  const place = (id: string, depth: number, parent: number | null): number => {
    const index = boxes.length;
    boxes.push({ x: 0, depth, color: byId.get(id)!.color, parent });
    const kids = children.get(id) ?? [];
    let x: number;
    if (kids.length === 0) {
      x = nextLeaf++;
    } else {
      const xs = kids.map((child) => boxes[place(child, depth + 1, index)]!.x);
      x = (xs[0]! + xs[xs.length - 1]!) / 2;
    }
    boxes[index] = { ...boxes[index]!, x };
    return index;
  };
  for (const root of children.get(null) ?? []) place(root, 0, null);
  return boxes;
}
