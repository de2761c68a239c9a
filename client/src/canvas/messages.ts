import type { CanvasStrings } from './strings.js';
import type { LayoutStatus } from './types.js';
import type { PointerView } from './pointerMachine.js';

/** The one line at the top of the canvas: layout trouble or progress, an empty chart, a partial fit. */
export function noticeFor(
  strings: CanvasStrings,
  o: { status: LayoutStatus; running: boolean; empty: boolean; partialFit: number | null },
): { text: string; tone: 'info' | 'warning' } | null {
  if (o.status === 'failed-kept-last') return { text: strings.layoutFailed, tone: 'warning' };
  if (o.running) return { text: strings.layoutRunning, tone: 'info' };
  if (o.empty) return { text: strings.layoutEmpty, tone: 'info' };
  if (o.partialFit !== null) return { text: strings.fitTopLevels(o.partialFit), tone: 'info' };
  return null;
}

/** Next to the pointer: why a drop is refused, where it would go, or a cut-off title in full. */
export function tooltipFor(
  strings: CanvasStrings,
  view: PointerView,
  roleTitle: (id: string) => string,
  unitName: (id: string) => string,
): { x: number; y: number; text: string; tone: 'info' | 'refused' } | null {
  const { drag, hover } = view;
  if (drag?.verdict && !drag.verdict.ok)
    return { ...drag.screen, text: drag.verdict.reason || strings.dropRefused, tone: 'refused' };
  if (drag?.verdict?.ok && drag.target) {
    const text =
      drag.kind === 'unit'
        ? strings.dropIntoUnit(unitName(drag.target))
        : strings.dropHere(roleTitle(drag.target));
    return { ...drag.screen, text, tone: 'info' };
  }
  if (hover) return { ...hover.screen, text: roleTitle(hover.roleId), tone: 'info' };
  return null;
}
