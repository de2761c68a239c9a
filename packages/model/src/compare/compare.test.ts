import { describe, expect, it } from 'vitest';
import { readDesign } from '../read/readDesign.js';
import { editedFork } from '../test/forks.js';
import { compare } from './compare.js';

describe('compare', () => {
  it('gives the diff with both designs’ numbers and b minus a', () => {
    const { a, b } = editedFork();
    const result = compare(readDesign(a), readDesign(b));
    // b deletes 运营经理 (1) and adds 客服主管 (1), and 客服专员 goes from 1 to 3 people.
    expect(result.metrics.a).toMatchObject({ roles: 5, headcount: 5, layers: 3 });
    expect(result.metrics.b).toMatchObject({ roles: 5, headcount: 7, layers: 3 });
    expect(result.metrics.delta).toMatchObject({ roles: 0, headcount: 2, layers: 0, units: 1 });
    expect(result.metrics.delta.cost.byUnit.map((entry) => entry.unitId)).toEqual(['company', 'ops', 'svc']);
    expect(result.diff.map((change) => change.kind)).toContain('moved-unit');
  });

  it('survives a JSON round trip unchanged, so the API can send it as it is', () => {
    const { a, b } = editedFork();
    const result = compare(readDesign(a), readDesign(b));
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    for (const change of result.diff) expect(change.kind).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('compares a design with itself as no difference and all deltas zero', () => {
    const { a } = editedFork();
    const result = compare(readDesign(a), readDesign(a));
    expect(result.diff).toEqual([]);
    const { delta } = result.metrics;
    expect([delta.roles, delta.headcount, delta.layers, delta.spanMax, delta.cost.total]).toEqual([
      0, 0, 0, 0, 0,
    ]);
  });
});
