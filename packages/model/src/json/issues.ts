import type { z } from 'zod';

/**
 * A schema problem in words a user can act on, in English and Chinese. zod's own messages are
 * English-only and speak of types; these say what the field must be.
 */
export function describeIssue(issue: z.core.$ZodIssue): { readonly en: string; readonly zh: string } {
  const field = String(issue.path.at(-1) ?? '');
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return { en: 'is required', zh: '必填' };
      const kind = KINDS[issue.expected] ?? { en: issue.expected, zh: issue.expected };
      return { en: `must be ${kind.en}`, zh: `应为${kind.zh}` };
    }
    case 'too_small':
      if (issue.origin === 'string') return { en: 'must not be empty', zh: '不能为空' };
      if (issue.origin === 'array')
        return { en: `needs at least ${issue.minimum} entries`, zh: `至少需要 ${issue.minimum} 项` };
      return { en: `must be at least ${issue.minimum}`, zh: `不能小于 ${issue.minimum}` };
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
      return { en: `must be at most ${issue.maximum}`, zh: `不能大于 ${issue.maximum}` };
    case 'invalid_value': {
      const values = issue.values.map((value) => JSON.stringify(value));
      return { en: `must be one of ${values.join(', ')}`, zh: `必须是以下之一：${values.join('、')}` };
    }
    case 'invalid_format': {
      const example = EXAMPLES[field];
      return example
        ? { en: `must look like "${example}"`, zh: `格式应为“${example}”` }
        : { en: 'has the wrong format', zh: '格式不正确' };
    }
    case 'invalid_union':
      return { en: 'is not one of the allowed kinds', zh: '不是允许的类型' };
    default:
      return { en: issue.message, zh: `字段无效：${issue.message}` };
  }
}

const KINDS: Record<string, { en: string; zh: string }> = {
  string: { en: 'text', zh: '文本' },
  number: { en: 'a number', zh: '数字' },
  int: { en: 'a whole number', zh: '整数' },
  boolean: { en: 'true or false', zh: 'true 或 false' },
  array: { en: 'a list', zh: '列表' },
  object: { en: 'an object', zh: '对象' },
};

const EXAMPLES: Record<string, string> = { color: '#4e79a7', date: '2024-05-31' };
