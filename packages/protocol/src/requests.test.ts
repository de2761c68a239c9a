import { describe, expect, it } from 'vitest';
import { LIMITS, createScenarioRequest, saveVersionRequest } from './requests.js';

describe('request bodies', () => {
  it('trims names and refuses an empty or overlong one, naming the field', () => {
    expect(createScenarioRequest.parse({ name: '  方案 A ' }).name).toBe('方案 A');
    const empty = createScenarioRequest.safeParse({ name: '   ' });
    expect(empty.success).toBe(false);
    expect(empty.error?.issues[0]?.path).toEqual(['name']);
    expect(createScenarioRequest.safeParse({ name: 'x'.repeat(LIMITS.name + 1) }).success).toBe(false);
    expect(createScenarioRequest.safeParse({ name: 'x'.repeat(LIMITS.name) }).success).toBe(true);
  });

  it('lets a version be saved without a label or author', () => {
    expect(saveVersionRequest.parse({})).toEqual({ label: '', author: '' });
  });
});
