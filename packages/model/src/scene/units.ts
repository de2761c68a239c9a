import type { Unit } from '../types.js';
import { PAD_LEFT, PAD_RIGHT, SMALL_SIZE, dutyCount, stripe, text, type CardContext } from './card.js';
import { fitLine, styleOf } from './text.js';
import type { LayoutUnitBox, Primitive, SceneUnit } from './types.js';

const LABEL_SIZE = 13;
const NAME_SIZE = 15;

/**
 * Unit frames and unit cards for the boxes the layout placed. A frame is a tinted, outlined area with
 * the unit's name in its top-left corner; a unit card (a unit with no roles of its own) looks like a
 * role card: stripe, name, and how many duties the unit carries.
 */
export function sceneUnits(
  boxes: readonly LayoutUnitBox[],
  units: ReadonlyMap<string, Unit>,
  ctx: CardContext,
): SceneUnit[] {
  const out: SceneUnit[] = [];
  const ordered = [...boxes].sort((a, b) => a.depth - b.depth || (a.kind === 'frame' ? -1 : 1));
  for (const box of ordered) {
    const unit = units.get(box.unitId);
    if (!unit) continue;
    const primitives =
      box.kind === 'frame' ? framePrimitives(box, unit, ctx) : cardPrimitives(box, unit, ctx);
    out.push({ ...box, name: unit.name, color: unit.color, primitives });
  }
  return out;
}

function framePrimitives(box: LayoutUnitBox, unit: Unit, ctx: CardContext): Primitive[] {
  const maxWidth = Math.max(0, box.width - 20);
  const name = fitLine(unit.name, maxWidth, styleOf(LABEL_SIZE, true, ctx.measure));
  return [
    {
      kind: 'rect',
      x: 0,
      y: 0,
      width: box.width,
      height: box.height,
      fill: `${unit.color}14`,
      stroke: unit.color,
      strokeWidth: 1,
      dash: null,
      radius: 12,
    },
    text({ x: 10, y: 6, maxWidth }, name.text, unit.name, LABEL_SIZE, true, ctx.theme.muted),
  ];
}

function cardPrimitives(box: LayoutUnitBox, unit: Unit, ctx: CardContext): Primitive[] {
  const { theme, strings, measure } = ctx;
  const maxWidth = box.width - PAD_LEFT - PAD_RIGHT;
  const name = fitLine(unit.name, maxWidth, styleOf(NAME_SIZE, true, measure));
  const duties = strings.duties(dutyCount(unit));
  const count = fitLine(duties, maxWidth, styleOf(SMALL_SIZE, false, measure));
  return [
    {
      kind: 'rect',
      x: 0,
      y: 0,
      width: box.width,
      height: box.height,
      fill: theme.card,
      stroke: unit.color,
      strokeWidth: 1.5,
      dash: null,
      radius: 8,
    },
    stripe(box.height, unit.color),
    text({ x: PAD_LEFT, y: 9, maxWidth }, name.text, unit.name, NAME_SIZE, true, theme.title),
    text({ x: PAD_LEFT, y: box.height - 22, maxWidth }, count.text, duties, SMALL_SIZE, false, theme.muted),
  ];
}
