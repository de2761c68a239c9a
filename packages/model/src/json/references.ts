import { type ModelError, modelError } from '../result.js';
import { repairForest } from '../read/forest.js';

/**
 * The checks JSON v1 import makes across a whole file: ids unique, every reference (manager, unit,
 * dotted line, recipient (a role or a unit), collaborator) pointing at something in the file, and no reporting cycle.
 */
/** Only what the reference checks read, so they also run on a file whose other fields are invalid. */
interface ReferenceArea {
  readonly id?: string | undefined;
  readonly items: readonly { readonly id?: string | undefined; readonly recipient: string | null }[];
}

interface ReferenceView {
  readonly units: readonly {
    id: string;
    parentId: string | null;
    responsibilities: readonly ReferenceArea[];
  }[];
  readonly roles: readonly {
    id: string;
    unitId: string | null;
    reportsTo: string | null;
    dottedLines: readonly string[];
    internalCollaborators: readonly ({ kind: 'unit' | 'role'; id: string } | { kind: 'text' })[];
    responsibilities: readonly ReferenceArea[];
  }[];
  readonly notes: readonly { id?: string | undefined }[];
}

/**
 * A file that failed the schema, read loosely for its references: wrong-typed fields read as empty,
 * every entry keeps its index (so paths stay right), and an entry without a usable id gets one that
 * nothing can refer to.
 */
export function referencesOf(value: unknown): ReferenceView {
  const record = (entry: unknown): Record<string, unknown> =>
    entry !== null && typeof entry === 'object' ? (entry as Record<string, unknown>) : {};
  const list = (entry: unknown): unknown[] => (Array.isArray(entry) ? entry : []);
  const text = (entry: unknown): string | null => (typeof entry === 'string' && entry !== '' ? entry : null);
  const optionalId = (entry: unknown): string | undefined => text(entry) ?? undefined;
  const id = (entry: unknown, index: number) => text(entry) ?? `\u0000${index}`;
  const areas = (entry: unknown): ReferenceArea[] =>
    list(entry).map((area) => ({
      id: optionalId(record(area).id),
      items: list(record(area).items).map((item) => ({
        id: optionalId(record(item).id),
        recipient: text(record(item).recipient),
      })),
    }));
  const file = record(value);
  return {
    units: list(file.units).map((raw, index) => {
      const unit = record(raw);
      return {
        id: id(unit.id, index),
        parentId: text(unit.parentId),
        responsibilities: areas(unit.responsibilities),
      };
    }),
    roles: list(file.roles).map((raw, index) => {
      const role = record(raw);
      return {
        id: id(role.id, index),
        unitId: text(role.unitId),
        reportsTo: text(role.reportsTo),
        dottedLines: list(role.dottedLines).map((target) => text(target) ?? ''),
        internalCollaborators: list(role.internalCollaborators).map((raw) => {
          const entry = record(raw);
          const target = text(entry.id);
          return (entry.kind === 'unit' || entry.kind === 'role') && target !== null
            ? { kind: entry.kind, id: target }
            : { kind: 'text' as const };
        }),
        responsibilities: areas(role.responsibilities),
      };
    }),
    notes: list(file.notes).map((raw) => ({ id: optionalId(record(raw).id) })),
  };
}

export function checkReferences(file: ReferenceView): ModelError[] {
  const errors: ModelError[] = [];
  const unknown = (path: string, what: string, whatZh: string, id: string) =>
    errors.push(
      modelError(
        what === 'role' ? 'unknown-role' : 'unknown-unit',
        `no ${what} "${id}"`,
        `不存在的${whatZh}“${id}”`,
        path,
      ),
    );
  const unitIds = uniqueIds(file.units, 'units', errors);
  const roleIds = uniqueIds(file.roles, 'roles', errors);
  uniqueIds(file.notes, 'notes', errors);

  const checkAreas = (areas: readonly ReferenceArea[], path: string) => {
    uniqueIds(
      areas.filter((area) => area.id !== undefined),
      `${path}.responsibilities`,
      errors,
    );
    areas.forEach((area, areaIndex) => {
      uniqueIds(
        area.items.filter((item) => item.id !== undefined),
        `${path}.responsibilities[${areaIndex}].items`,
        errors,
      );
      area.items.forEach((item, itemIndex) => {
        // A result goes to a role (上报给运营经理) or to a whole unit (反馈到公司客服部).
        const recipient = item.recipient;
        if (recipient !== null && !roleIds.has(recipient) && !unitIds.has(recipient)) {
          errors.push(
            modelError(
              'unknown-role',
              `no role or unit "${recipient}"`,
              `不存在的岗位或部门“${recipient}”`,
              `${path}.responsibilities[${areaIndex}].items[${itemIndex}].recipient`,
            ),
          );
        }
      });
    });
  };

  file.units.forEach((unit, index) => {
    if (unit.parentId !== null && !unitIds.has(unit.parentId)) {
      unknown(`units[${index}].parentId`, 'unit', '部门', unit.parentId);
    }
    checkAreas(unit.responsibilities, `units[${index}]`);
  });
  file.roles.forEach((role, index) => {
    const path = `roles[${index}]`;
    if (role.unitId !== null && !unitIds.has(role.unitId))
      unknown(`${path}.unitId`, 'unit', '部门', role.unitId);
    if (role.reportsTo !== null && !roleIds.has(role.reportsTo)) {
      unknown(`${path}.reportsTo`, 'role', '岗位', role.reportsTo);
    }
    role.dottedLines.forEach((target, lineIndex) => {
      if (target === '') return; // not an id at all: the schema has already said so
      if (!roleIds.has(target)) unknown(`${path}.dottedLines[${lineIndex}]`, 'role', '岗位', target);
      else if (target === role.id) {
        errors.push(
          modelError(
            'cycle',
            'a role cannot have a dotted line to itself',
            '岗位不能虚线汇报给自己',
            `${path}.dottedLines[${lineIndex}]`,
          ),
        );
      }
    });
    role.internalCollaborators.forEach((entry, entryIndex) => {
      const entryPath = `${path}.internalCollaborators[${entryIndex}].id`;
      if (entry.kind === 'unit' && !unitIds.has(entry.id)) unknown(entryPath, 'unit', '部门', entry.id);
      if (entry.kind === 'role' && !roleIds.has(entry.id)) unknown(entryPath, 'role', '岗位', entry.id);
    });
    checkAreas(role.responsibilities, path);
  });

  checkCycles(file.units, (unit) => unit.parentId, 'units', 'parentId', errors);
  checkCycles(file.roles, (role) => role.reportsTo, 'roles', 'reportsTo', errors);
  return errors;
}

function uniqueIds(
  entries: readonly { id?: string | undefined }[],
  path: string,
  errors: ModelError[],
): Set<string> {
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    if (entry.id === undefined) return;
    if (seen.has(entry.id)) {
      errors.push(
        modelError(
          'duplicate-id',
          `id "${entry.id}" is used twice`,
          `编号“${entry.id}”重复`,
          `${path}[${index}].id`,
        ),
      );
    }
    seen.add(entry.id);
  });
  return seen;
}

function checkCycles<T extends { id: string }>(
  entries: readonly T[],
  parentOf: (entry: T) => string | null,
  path: string,
  field: string,
  errors: ModelError[],
): void {
  const ids = new Set(entries.map((entry) => entry.id));
  const repaired = repairForest(
    entries.map((entry) => ({ id: entry.id, parent: parentOf(entry), stamp: 0, by: 0 })),
  );
  entries.forEach((entry, index) => {
    const parent = parentOf(entry);
    if (parent === entry.id) {
      errors.push(
        modelError('cycle', 'cannot report to itself', '不能汇报给自己', `${path}[${index}].${field}`),
      );
    } else if (parent !== null && ids.has(parent) && repaired.get(entry.id) === null) {
      errors.push(
        modelError(
          'cycle',
          `"${entry.id}" is part of a reporting cycle through "${parent}"`,
          `“${entry.id}”经由“${parent}”形成了循环汇报`,
          `${path}[${index}].${field}`,
        ),
      );
    }
  });
}
