import type { Design, ResponsibilityArea } from '../types.js';
import { type ModelError, type Result, modelError } from '../result.js';
import { assembleDesign } from '../read/assemble.js';
import { repairForest } from '../read/forest.js';
import { unitColour } from '../palette.js';
import { DESIGN_FORMAT, type DesignFile, MAX_FILE_BYTES, designFileSchema } from './schema.js';

/**
 * Reads JSON v1 text. The whole file is checked before anything is used: either every field is valid
 * and the design comes back, or every problem comes back with its path and nothing is imported.
 */
export function fromJSON(text: string): Result<Design, readonly ModelError[]> {
  const bytes = utf8Length(text);
  if (bytes > MAX_FILE_BYTES) {
    const size = (bytes / 1024 / 1024).toFixed(1);
    return {
      ok: false,
      error: [
        modelError(
          'too-large',
          `The file is ${size} MB; designs up to 20 MB can be imported. Split it into smaller designs.`,
          `文件大小为 ${size} MB，最多可导入 20 MB。请拆分为较小的设计后再导入。`,
        ),
      ],
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      error: [
        modelError(
          'malformed-json',
          `This is not valid JSON (${detail}). Export the design again or fix the file in a text editor.`,
          `这不是有效的 JSON（${detail}）。请重新导出设计，或用文本编辑器修正文件。`,
        ),
      ],
    };
  }
  return parseDesign(value);
}

/** Validates an already-parsed JSON v1 value (for example an HTTP body). */
export function parseDesign(value: unknown): Result<Design, readonly ModelError[]> {
  if (
    value === null ||
    typeof value !== 'object' ||
    (value as { format?: unknown }).format !== DESIGN_FORMAT
  ) {
    return {
      ok: false,
      error: [
        modelError(
          'wrong-format',
          `This is not an OrgCanvas design: expected "format": "${DESIGN_FORMAT}".`,
          `这不是 OrgCanvas 设计文件：应包含 "format": "${DESIGN_FORMAT}"。`,
          'format',
        ),
      ],
    };
  }
  const parsed = designFileSchema.safeParse(value);
  if (!parsed.success) {
    // Report the broken references too, so one round of fixes is enough.
    const schemaErrors = parsed.error.issues.map((issue) =>
      modelError('invalid-value', issue.message, `字段无效：${issue.message}`, formatPath(issue.path)),
    );
    return { ok: false, error: [...schemaErrors, ...checkReferences(referencesOf(value))] };
  }
  const errors = checkReferences(parsed.data);
  if (errors.length > 0) return { ok: false, error: errors };
  return { ok: true, value: designFromFile(parsed.data) };
}

/** `['roles', 3, 'reportsTo']` reads as `roles[3].reportsTo`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text === '' ? String(key) : `.${String(key)}`;
  }
  return text;
}

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
function referencesOf(value: unknown): ReferenceView {
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

function checkReferences(file: ReferenceView): ModelError[] {
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
        if (item.recipient !== null && !roleIds.has(item.recipient)) {
          unknown(
            `${path}.responsibilities[${areaIndex}].items[${itemIndex}].recipient`,
            'role',
            '岗位',
            item.recipient,
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

/** Builds the design from a checked file: file order is sibling order; missing area and item ids come from their place. */
function designFromFile(file: DesignFile): Design {
  const areas = (
    list: DesignFile['roles'][number]['responsibilities'],
    ownerId: string,
  ): ResponsibilityArea[] =>
    list.map((area, areaIndex) => {
      const areaId = area.id ?? `${ownerId}.a${areaIndex}`;
      return {
        id: areaId,
        title: area.title,
        items: area.items.map((item, itemIndex) => ({
          id: item.id ?? `${areaId}.i${itemIndex}`,
          text: item.text,
          cadence: item.cadence,
          time: item.time,
          recipient: item.recipient,
        })),
      };
    });
  return assembleDesign({
    name: file.name,
    description: file.description,
    units: file.units.map((unit, index) => ({
      ...unit,
      color: unit.color?.toLowerCase() ?? unitColour(index),
      responsibilities: areas(unit.responsibilities, unit.id),
      stamp: 0,
      by: 0,
      order: index,
    })),
    roles: file.roles.map((role, index) => ({
      ...role,
      responsibilities: areas(role.responsibilities, role.id),
      stamp: 0,
      by: 0,
      order: index,
    })),
    notes: file.notes.map((note, index) => ({ ...note, order: index })),
  });
}

/** UTF-8 size without encoding the text: a 20 MB file must be refused before anything big is built. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      index++;
    } else bytes += 3;
  }
  return bytes;
}
