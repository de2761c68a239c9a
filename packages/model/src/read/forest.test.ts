import { describe, expect, it } from 'vitest';
import { depthFirst, repairForest } from './forest.js';

const entry = (id: string, parent: string | null, stamp = 0, by = 0) => ({ id, parent, stamp, by });

describe('repairForest', () => {
  it('ignores the latest move in a cycle: that role reads as top-level', () => {
    const parents = repairForest([entry('a', 'b', 5, 1), entry('b', 'a', 7, 1), entry('c', 'a', 1, 1)]);
    expect(parents.get('b')).toBeNull();
    expect(parents.get('a')).toBe('b');
    expect(parents.get('c')).toBe('a');
  });

  it('breaks a tie on stamp by the writer, then by id, so every replica agrees', () => {
    expect(repairForest([entry('a', 'b', 3, 9), entry('b', 'a', 3, 2)]).get('a')).toBeNull();
    expect(repairForest([entry('a', 'b', 3, 2), entry('b', 'a', 3, 2)]).get('b')).toBeNull();
  });

  it('gives the same answer whatever order the entries come in', () => {
    const entries = [
      entry('a', 'c', 2),
      entry('b', 'a', 4),
      entry('c', 'b', 3),
      entry('d', 'd'),
      entry('e', 'ghost'),
    ];
    const expected = repairForest(entries);
    expect(repairForest([...entries].reverse())).toEqual(expected);
    expect(expected.get('b')).toBeNull();
    expect(expected.get('d')).toBeNull();
    expect(expected.get('e')).toBeNull();
  });

  it('walks a chain of 100 000 without overflowing the stack', () => {
    const chain = Array.from({ length: 100_000 }, (_, index) =>
      entry(`n${index}`, index === 0 ? null : `n${index - 1}`),
    );
    const parents = repairForest(chain);
    const { ordered } = depthFirst(
      chain,
      (node) => parents.get(node.id) ?? null,
      () => 0,
    );
    expect(ordered).toHaveLength(100_000);
    expect(ordered[99_999]!.id).toBe('n99999');
  });
});
