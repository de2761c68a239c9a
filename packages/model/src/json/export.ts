import type { Design } from '../types.js';
import { DESIGN_FORMAT, DESIGN_VERSION, type DesignFile } from './schema.js';

/** The design as a JSON v1 value: every field spelled out, derived fields (subordinates) left out. */
export function toJSONValue(design: Design): DesignFile {
  return {
    format: DESIGN_FORMAT,
    version: DESIGN_VERSION,
    name: design.name,
    description: design.description,
    units: design.units.map((unit) => ({
      id: unit.id,
      name: unit.name,
      parentId: unit.parentId,
      kind: unit.kind,
      color: unit.color,
      responsibilities: unit.responsibilities.map((area) => ({ ...area, items: [...area.items] })),
      performanceCoefficient: unit.performanceCoefficient,
      notes: unit.notes,
    })),
    roles: design.roles.map(({ subordinates: _subordinates, ...role }) => ({
      ...role,
      internalCollaborators: [...role.internalCollaborators],
      externalParties: [...role.externalParties],
      responsibilities: role.responsibilities.map((area) => ({ ...area, items: [...area.items] })),
      additionalDuties: [...role.additionalDuties],
      pay: { ...role.pay },
      dottedLines: [...role.dottedLines],
    })),
    notes: design.notes.map((note) => ({ ...note })),
  };
}

/** JSON v1 text, indented for people and for diffs. */
export function toJSON(design: Design): string {
  return `${JSON.stringify(toJSONValue(design), null, 2)}\n`;
}
