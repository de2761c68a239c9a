import type { Design, ResponsibilityArea } from '../types.js';
import { type ModelError, type Result, modelError } from '../result.js';
import { assembleDesign } from '../read/assemble.js';
import { unitColour } from '../palette.js';
import { checkGeneratedIds } from './generatedIds.js';
import { describeIssue, valueAt } from './issues.js';
import { checkReferences, referencesOf } from './references.js';
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
    const schemaErrors = parsed.error.issues.map((issue) => {
      const { en, zh } = describeIssue(issue, valueAt(value, issue.path));
      return modelError('invalid-value', en, zh, formatPath(issue.path));
    });
    const view = referencesOf(value);
    return refused([...schemaErrors, ...checkReferences(view), ...checkGeneratedIds(view)]);
  }
  const errors = [...checkReferences(parsed.data), ...checkGeneratedIds(parsed.data)];
  if (errors.length > 0) return refused(errors);
  return { ok: true, value: designFromFile(parsed.data) };
}

/** How many problems one answer lists; a broken file can have tens of thousands. */
export const MAX_REPORTED_ERRORS = 200;

/** The first problems and, when there are more, one last entry that says how many there are in all. */
function refused(errors: readonly ModelError[]): Result<Design, readonly ModelError[]> {
  if (errors.length <= MAX_REPORTED_ERRORS) return { ok: false, error: errors };
  const total = errors.length;
  return {
    ok: false,
    error: [
      ...errors.slice(0, MAX_REPORTED_ERRORS),
      modelError(
        'too-many-errors',
        `The file has ${total} problems in all; the first ${MAX_REPORTED_ERRORS} are listed. Fix these and import again to see the rest.`,
        `文件共有 ${total} 处问题，这里列出前 ${MAX_REPORTED_ERRORS} 处。请修正后重新导入以查看其余问题。`,
      ),
    ],
  };
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
