import { type ModelError, modelError } from '../result.js';
import type { referencesOf } from './references.js';

type ReferenceView = ReturnType<typeof referencesOf>;
type Areas = ReferenceView['roles'][number]['responsibilities'];

/**
 * An area or work item written without an id gets one from its place (`r1.a0`, `r1.a0.i2`). When the
 * file also gives that very id to a sibling, the two would merge into one on import, so the file is
 * refused with both places named.
 */
export function checkGeneratedIds(file: ReferenceView): ModelError[] {
  const errors: ModelError[] = [];
  file.units.forEach((unit, index) => checkAreas(unit.id, unit.responsibilities, `units[${index}]`, errors));
  file.roles.forEach((role, index) => checkAreas(role.id, role.responsibilities, `roles[${index}]`, errors));
  return errors;
}

function checkAreas(ownerId: string, areas: Areas, path: string, errors: ModelError[]): void {
  const areaPath = `${path}.responsibilities`;
  const areaIds = siblingIds(
    areas.map((area) => area.id),
    (index) => `${ownerId}.a${index}`,
    areaPath,
    errors,
  );
  areas.forEach((area, index) => {
    siblingIds(
      area.items.map((item) => item.id),
      (itemIndex) => `${areaIds[index]!}.i${itemIndex}`,
      `${areaPath}[${index}].items`,
      errors,
    );
  });
}

/** The ids siblings end up with; reports each generated one that a sibling already holds. */
function siblingIds(
  given: readonly (string | undefined)[],
  generate: (index: number) => string,
  path: string,
  errors: ModelError[],
): string[] {
  const explicit = new Map<string, number>();
  given.forEach((id, index) => {
    if (id !== undefined && !explicit.has(id)) explicit.set(id, index);
  });
  return given.map((id, index) => {
    if (id !== undefined) return id;
    const generated = generate(index);
    const holder = explicit.get(generated);
    if (holder !== undefined) {
      errors.push(
        modelError(
          'duplicate-id',
          `has no id, so it would get "${generated}", which ${path}[${holder}] already has; give it an id of its own`,
          `没有编号，导入时会得到“${generated}”，但 ${path}[${holder}] 已使用该编号；请为它填写一个不同的编号`,
          `${path}[${index}].id`,
        ),
      );
    }
    return generated;
  });
}
