import { writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, type as osType, release } from 'node:os';
import { execFileSync } from 'node:child_process';
import { type Figure, MIN_RUNS, type Measured } from './figure.js';
import { browserFigures } from './figures/browser.js';
import { layoutFigures } from './figures/layout.js';
import { modelFigures } from './figures/model.js';
import { serverFigures } from './figures/server.js';
import { syncFigures } from './figures/sync.js';
import { median } from './stats.js';

/**
 * npm run bench: runs every figure of the performance issue on orgs from the model's seeded
 * generator, at least five runs each, prints a progress line per figure and the table, and writes
 * the same as JSON when BENCH_OUT names a file. BENCH_ONLY (comma-separated keys) runs a subset.
 */
const FIGURES: readonly Figure[] = [
  ...layoutFigures,
  ...modelFigures.filter((f) => f.key === 'read_ms_edit_10000'),
  ...browserFigures,
  ...syncFigures,
  ...serverFigures,
  ...modelFigures.filter((f) => f.key !== 'read_ms_edit_10000'),
];

interface Row {
  readonly key: string;
  readonly goal: number;
  readonly result: Measured;
  readonly seconds: number;
}

function machine(): Record<string, unknown> {
  const chromium = (() => {
    try {
      return execFileSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).trim();
    } catch {
      return null;
    }
  })();
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    os: `${osType()} ${release()}`,
    node: process.version,
    chromium,
    loadAverageAtStart: loadavg().map((n) => Math.round(n * 100) / 100),
    date: new Date().toISOString(),
  };
}

const fmt = (n: number): string =>
  !Number.isFinite(n)
    ? String(n)
    : Math.abs(n) >= 100
      ? n.toFixed(0)
      : Math.abs(n) >= 10
        ? n.toFixed(1)
        : n.toFixed(2);

function table(rows: readonly Row[]): string {
  const lines = [['figure', 'goal', 'median', 'min', 'max', 'held']];
  for (const row of rows) {
    if ('notMeasured' in row.result) {
      lines.push([row.key, `≤ ${row.goal}`, 'not measured', '', '', `— ${row.result.notMeasured}`]);
      continue;
    }
    const runs = row.result.runs;
    const m = median(runs);
    lines.push([
      row.key,
      `≤ ${row.goal}`,
      fmt(m),
      fmt(Math.min(...runs)),
      fmt(Math.max(...runs)),
      m <= row.goal ? 'yes' : 'NO',
    ]);
  }
  const widths = lines[0]!.map((_, c) => Math.max(...lines.map((l) => l[c]!.length)));
  return lines
    .map((l) =>
      l
        .map((cell, c) => cell.padEnd(widths[c]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

async function main(): Promise<void> {
  const runs = Math.max(MIN_RUNS, Number(process.env.BENCH_RUNS ?? MIN_RUNS));
  const only = process.env.BENCH_ONLY?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const figures = only ? FIGURES.filter((f) => only.includes(f.key)) : FIGURES;
  const info = machine();
  const progress = (line: string) => console.log(line);
  progress(
    `bench: ${figures.length} figures, ${runs} runs each, on ${String(info.cpu)} (${String(info.cores)} cores)`,
  );
  const rows: Row[] = [];
  for (const [index, figure] of figures.entries()) {
    progress(`[${index + 1}/${figures.length}] ${figure.key}: ${figure.what} …`);
    const start = performance.now();
    let result: Measured;
    try {
      result = await figure.measure({ runs, progress });
    } catch (error) {
      result = { notMeasured: `failed: ${error instanceof Error ? error.message : String(error)}` };
    }
    const seconds = (performance.now() - start) / 1000;
    const summary =
      'notMeasured' in result
        ? `not measured (${result.notMeasured})`
        : `median ${fmt(median(result.runs))} (goal ≤ ${figure.goal})${result.note ? `; ${result.note}` : ''}`;
    progress(`[${index + 1}/${figures.length}] ${figure.key}: ${summary} in ${seconds.toFixed(0)} s`);
    rows.push({ key: figure.key, goal: figure.goal, result, seconds });
  }
  console.log(`\n${table(rows)}\n`);
  console.log(`machine: ${JSON.stringify(info)}`);
  const out = process.env.BENCH_OUT;
  if (out) {
    const figuresJson: Record<string, unknown> = {};
    for (const row of rows) {
      if ('notMeasured' in row.result) {
        figuresJson[row.key] = {
          median: null,
          min: null,
          max: null,
          goal: row.goal,
          held: false,
          notMeasured: row.result.notMeasured,
        };
      } else {
        const r = row.result.runs;
        const m = median(r);
        figuresJson[row.key] = {
          median: m,
          min: Math.min(...r),
          max: Math.max(...r),
          goal: row.goal,
          held: m <= row.goal,
          runs: r,
          ...(row.result.note ? { note: row.result.note } : {}),
        };
      }
    }
    writeFileSync(out, `${JSON.stringify({ figures: figuresJson, machine: info }, null, 2)}\n`);
    console.log(`written to ${out}`);
  }
  // Sockets and timers of the loads must not keep the process alive.
  process.exit(0);
}

await main();
