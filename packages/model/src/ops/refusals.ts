import { type ModelError, modelError } from '../result.js';
import { LIMITS } from '../read/tolerant.js';
import { isCalendarDate } from '../dates.js';
import { CADENCES, NOTE_KINDS, UNIT_KINDS } from '../types.js';

/** Thrown inside an operation to abort it; `applyOperation` turns it into an error value. */
export class Refusal extends Error {
  constructor(readonly error: ModelError) {
    super(error.message);
  }
}

export function refuse(error: ModelError): never {
  throw new Refusal(error);
}

export const refusals = {
  unknownRole: (id: string, path = 'id') =>
    modelError(
      'unknown-role',
      `There is no role "${id}"; it may have just been deleted.`,
      `岗位“${id}”不存在，可能刚被删除。`,
      path,
    ),
  unknownUnit: (id: string, path = 'id') =>
    modelError(
      'unknown-unit',
      `There is no unit "${id}"; it may have just been deleted.`,
      `部门“${id}”不存在，可能刚被删除。`,
      path,
    ),
  unknownRecipient: (id: string) =>
    modelError(
      'unknown-role',
      `There is no role or unit "${id}"; it may have just been deleted.`,
      `岗位或部门“${id}”不存在，可能刚被删除。`,
      'recipient',
    ),
  unknownArea: (id: string) =>
    modelError('unknown-area', `There is no responsibility area "${id}".`, `职责“${id}”不存在。`, 'areaId'),
  unknownItem: (id: string) =>
    modelError('unknown-item', `There is no work item "${id}".`, `工作内容“${id}”不存在。`, 'itemId'),
  unknownNote: (id: string) =>
    modelError('unknown-note', `There is no note "${id}".`, `备注“${id}”不存在。`, 'id'),
  duplicate: (id: string) =>
    modelError('duplicate-id', `The id "${id}" is already in use.`, `编号“${id}”已被使用。`, 'id'),
  selfManager: () =>
    modelError('cycle', 'A role cannot report to itself.', '岗位不能汇报给自己。', 'reportsTo'),
  underOwnSubordinate: (title: string, managerTitle: string) =>
    modelError(
      'cycle',
      `"${title}" cannot report to "${managerTitle}": "${managerTitle}" already reports to "${title}", so the line would go round in a circle.`,
      `“${title}”不能汇报给“${managerTitle}”：“${managerTitle}”已是“${title}”的下级，这样会形成循环汇报。`,
      'reportsTo',
    ),
  unitUnderItself: (name: string) =>
    modelError(
      'cycle',
      `The unit "${name}" cannot be placed inside itself or one of its sub-units.`,
      `部门“${name}”不能放到自身或其下级部门之下。`,
      'parentId',
    ),
  emptyTitle: () =>
    modelError(
      'invalid-value',
      'A role needs a title: type one, or delete the role.',
      '岗位名称不能为空：请填写名称，或删除该岗位。',
      'title',
    ),
  invalid: (path: string, message: string, messageZh: string) =>
    modelError('invalid-value', message, messageZh, path),
};

export function checkShortText(value: string, path: string, required = false): string {
  if (typeof value !== 'string')
    refuse(refusals.invalid(path, `${path} must be text.`, `${path} 必须是文本。`));
  if (required && value.trim() === '') {
    refuse(refusals.invalid(path, `${path} must not be empty.`, `${path} 不能为空。`));
  }
  if (value.length > LIMITS.shortText) {
    refuse(
      refusals.invalid(
        path,
        `${path} is too long (at most ${LIMITS.shortText} characters).`,
        `${path} 过长（最多 ${LIMITS.shortText} 个字符）。`,
      ),
    );
  }
  return value;
}

/** A role's title: short text that says something (whitespace alone reads as no title on the chart). */
export function checkTitle(value: string): string {
  checkShortText(value, 'title');
  if (value.trim() === '') refuse(refusals.emptyTitle());
  return value;
}

export function checkLongText(value: string, path: string): string {
  if (typeof value !== 'string')
    refuse(refusals.invalid(path, `${path} must be text.`, `${path} 必须是文本。`));
  if (value.length > LIMITS.longText) {
    refuse(
      refusals.invalid(
        path,
        `${path} is too long (at most ${LIMITS.longText} characters).`,
        `${path} 过长（最多 ${LIMITS.longText} 个字符）。`,
      ),
    );
  }
  return value;
}

export function checkHeadcount(value: number): number {
  if (!Number.isInteger(value) || value < 0 || value > LIMITS.headcount) {
    refuse(
      refusals.invalid(
        'headcount',
        `Headcount must be a whole number from 0 to ${LIMITS.headcount}, not ${String(value)}.`,
        `编制人数必须是 0 到 ${LIMITS.headcount} 之间的整数，而不是 ${String(value)}。`,
      ),
    );
  }
  return value;
}

export function checkAmount(value: number | null, path: string): number | null {
  if (value !== null && (typeof value !== 'number' || !Number.isFinite(value))) {
    refuse(refusals.invalid(path, `${path} must be a number or empty.`, `${path} 必须是数字或留空。`));
  }
  // Only 奖惩 (a bonus or a penalty) can be below zero; a negative wage or coefficient is a typo.
  if (value !== null && value < 0 && path !== 'pay.bonusPenalty') {
    refuse(
      refusals.invalid(path, `${path} cannot be negative (${value}).`, `${path} 不能为负数（${value}）。`),
    );
  }
  return value;
}

export function checkColour(value: string): string {
  if (!/^#[0-9a-fA-F]{6}$/.test(value)) {
    refuse(
      refusals.invalid(
        'color',
        `Colour must look like "#4e79a7", not "${value}".`,
        `颜色格式应为“#4e79a7”，而不是“${value}”。`,
      ),
    );
  }
  return value.toLowerCase();
}

export function checkEnum<T extends string>(value: T, allowed: readonly string[], path: string): T {
  if (!allowed.includes(value)) {
    refuse(
      refusals.invalid(
        path,
        `${path} must be one of ${allowed.join(', ')}.`,
        `${path} 必须是以下之一：${allowed.join('、')}。`,
      ),
    );
  }
  return value;
}

export const ENUMS = { cadence: CADENCES, unitKind: UNIT_KINDS, noteKind: NOTE_KINDS } as const;

export function checkDate(value: string | null): string | null {
  if (value !== null && (typeof value !== 'string' || !isCalendarDate(value))) {
    refuse(
      refusals.invalid(
        'date',
        `Date must be a real day written like "2024-05-31".`,
        `日期应为真实存在的日期，格式如“2024-05-31”。`,
      ),
    );
  }
  return value;
}

export function checkNewId(value: string | undefined, taken: (id: string) => boolean): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value === '' || value.length > 200) {
    refuse(refusals.invalid('id', 'An id must be 1 to 200 characters.', '编号须为 1 到 200 个字符。'));
  }
  if (taken(value)) refuse(refusals.duplicate(value));
  return value;
}
