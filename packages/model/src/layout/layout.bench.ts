import { bench, describe } from 'vitest';
import { ElkLayoutEngine } from './elk.js';
import { layoutInput } from './input.js';
import { testDesign } from './testDesign.js';

function tree(n: number) {
  const specs: { id: string; parent?: string }[] = [{ id: 'r0' }];
  for (let i = 1; i < n; i++) specs.push({ id: `r${i}`, parent: `r${Math.floor((i - 1) / 5)}` });
  return layoutInput(testDesign(specs), new Set());
}

const engine = new ElkLayoutEngine();
describe('ELK layout of a five-way tree', () => {
  for (const n of [100, 300, 1000]) {
    const input = tree(n);
    bench(
      `${n} roles`,
      async () => {
        await engine.layout(input);
      },
      { iterations: 3, warmupIterations: 1 },
    );
  }
});
