import { DESIGN_FORMAT, DESIGN_VERSION, type Pay } from '@orgcanvas/model';
import type { AreaInput, ItemInput, NoteInput, RoleInput, Template, UnitInput } from './template.js';

/**
 * Small builders that keep the design files readable as transcriptions: an item is its text unless it
 * carries a cadence, a clock time or a recipient. Numbering is the order of items; the seeds' leading
 * "1." and trailing list separators (";") are left out, every other character is the seed's.
 */
export function area(title: string, items: readonly (string | ItemInput)[]): AreaInput {
  return { title, items: items.map((entry) => (typeof entry === 'string' ? { text: entry } : entry)) };
}

export function item(
  text: string,
  extra: { cadence?: ItemInput['cadence']; time?: string; recipient?: string },
): ItemInput {
  return {
    text,
    cadence: extra.cadence ?? null,
    time: extra.time ?? null,
    recipient: extra.recipient ?? null,
  };
}

/** 工资制度 as the seeds give it: the formula without numbers, so every amount is left unset. */
export const FORMULA_PAY: Pay = {
  base: null,
  position: null,
  standardPerformance: null,
  personalCoefficient: null,
  bonusPenalty: null,
};

export function template(
  meta: Omit<Template, 'design'>,
  content: { units: UnitInput[]; roles: RoleInput[]; notes?: NoteInput[] },
): Template {
  return {
    ...meta,
    design: {
      format: DESIGN_FORMAT,
      version: DESIGN_VERSION,
      name: meta.name.zh,
      description: meta.summary.zh,
      units: content.units,
      roles: content.roles,
      notes: content.notes ?? [],
    },
  };
}
