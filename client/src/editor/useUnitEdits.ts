import { useMemo } from 'react';
import type { UnitEdits } from '../canvas';
import type { EditorActions } from '../session';

/** The chart's unit edits as typed operations: the same ones, and refusals, as the Units tab's. */
export function useUnitEdits(actions: EditorActions): UnitEdits {
  return useMemo(
    () => ({
      rename: (id, name) => actions.apply({ type: 'unit.update', id, patch: { name } }),
      recolour: (id, color) => actions.apply({ type: 'unit.update', id, patch: { color } }),
      addSubUnit: (id) => actions.addUnit(id),
      remove: (id) => actions.apply({ type: 'unit.delete', id }),
    }),
    [actions],
  );
}
