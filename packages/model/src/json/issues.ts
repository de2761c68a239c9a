import type { z } from 'zod';

interface Words {
  readonly en: string;
  readonly zh: string;
}

/**
 * A schema problem in words a user can act on, in English and Chinese: what the field must be and,
 * when it holds something, what it holds. zod's own messages are English-only and speak of types.
 * `input` is the value found at the issue's path in the file (undefined when the field is missing).
 */
export function describeIssue(issue: z.core.$ZodIssue, input: unknown): Words {
  const field = String(issue.path.at(-1) ?? '');
  const got = describeValue(input);
  switch (issue.code) {
    case 'invalid_type': {
      if (input === undefined) return { en: 'is required', zh: '必填' };
      if (typeof input === 'number' && !Number.isFinite(input)) {
        return {
          en: 'must be a number within range, but is a number too large to store (such as 1e400)',
          zh: '应为有效范围内的数字，实际是超出范围的数字（如 1e400）',
        };
      }
      const kind = KINDS[issue.expected] ?? { en: issue.expected, zh: issue.expected };
      return { en: `must be ${kind.en}, but is ${got.en}`, zh: `应为${kind.zh}，实际是${got.zh}` };
    }
    case 'too_small':
      if (issue.origin === 'string') return { en: 'must not be empty', zh: '不能为空' };
      if (issue.origin === 'array')
        return { en: `needs at least ${issue.minimum} entries`, zh: `至少需要 ${issue.minimum} 项` };
      return {
        en: `must be at least ${issue.minimum}, but is ${got.en}`,
        zh: `不能小于 ${issue.minimum}，实际是${got.zh}`,
      };
    case 'too_big':
      if (issue.origin === 'string') {
        return {
          en: `is too long (at most ${issue.maximum} characters)`,
          zh: `过长（最多 ${issue.maximum} 个字符）`,
        };
      }
      if (issue.origin === 'array') {
        return {
          en: `has too many entries (at most ${issue.maximum})`,
          zh: `条目过多（最多 ${issue.maximum} 项）`,
        };
      }
      return {
        en: `must be at most ${issue.maximum}, but is ${got.en}`,
        zh: `不能大于 ${issue.maximum}，实际是${got.zh}`,
      };
    case 'invalid_value': {
      const values = issue.values.map((value) => JSON.stringify(value));
      return {
        en: `must be one of ${values.join(', ')}, but is ${got.en}`,
        zh: `必须是以下之一：${values.join('、')}，实际是${got.zh}`,
      };
    }
    case 'invalid_format': {
      const example = EXAMPLES[field];
      return example
        ? { en: `must look like "${example}", but is ${got.en}`, zh: `格式应为“${example}”，实际是${got.zh}` }
        : { en: `has the wrong format: ${got.en}`, zh: `格式不正确：${got.zh}` };
    }
    case 'custom': {
      const rule = (issue.params as { rule?: string } | undefined)?.rule;
      if (rule === 'non-empty') return { en: 'must not be empty', zh: '不能为空' };
      if (rule === 'calendar-date') {
        return {
          en: `must be a real day written like "2024-05-31", but is ${got.en}`,
          zh: `应为真实存在的日期，格式如“2024-05-31”，实际是${got.zh}`,
        };
      }
      return { en: issue.message, zh: `字段无效：${issue.message}` };
    }
    case 'invalid_union':
      return { en: `is not one of the allowed kinds: ${got.en}`, zh: `不是允许的类型：${got.zh}` };
    default:
      return { en: issue.message, zh: `字段无效：${issue.message}` };
  }
}

/** What a field holds, in a few words: `the text "3000"`, `the number 5`, `a list`. */
export function describeValue(value: unknown): Words {
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return { en: `the text ${JSON.stringify(shown)}`, zh: `文本“${shown}”` };
  }
  if (typeof value === 'number') {
    return Number.isFinite(value)
      ? { en: `the number ${value}`, zh: `数字 ${value}` }
      : { en: 'a number too large to store', zh: '超出范围的数字' };
  }
  if (typeof value === 'boolean') return { en: `${value}`, zh: `${value}` };
  if (value === null) return { en: 'null', zh: '空值 null' };
  if (Array.isArray(value)) return { en: 'a list', zh: '列表' };
  if (typeof value === 'object') return { en: 'an object', zh: '对象' };
  return { en: 'nothing', zh: '空' };
}

/** The value at a path of a parsed file, or undefined where the path leads nowhere. */
export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

const KINDS: Record<string, Words> = {
  string: { en: 'text', zh: '文本' },
  number: { en: 'a number', zh: '数字' },
  int: { en: 'a whole number', zh: '整数' },
  boolean: { en: 'true or false', zh: 'true 或 false' },
  array: { en: 'a list', zh: '列表' },
  object: { en: 'an object', zh: '对象' },
};

const EXAMPLES: Record<string, string> = { color: '#4e79a7', date: '2024-05-31' };
