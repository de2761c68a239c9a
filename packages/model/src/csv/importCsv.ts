// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- our papaparse declaration must reach every package that compiles this file (client, server), not only the model.
/// <reference path="./papaparse.d.ts" />
import Papa from 'papaparse';
import { parseDesign } from '../json/import.js';
import { DESIGN_FORMAT, DESIGN_VERSION, type DesignFileInput } from '../json/schema.js';
import { LIMITS } from '../read/tolerant.js';
import { type ModelError, type ModelErrorCode, type Result, modelError } from '../result.js';
import type { Design } from '../types.js';
import { COLUMNS, type Column, REQUIRED_COLUMNS, columnOf } from './columns.js';

/** A CSV problem, with the line (1 is the header) and column (1-based, null for a whole line). */
export interface CsvError extends ModelError {
  readonly line: number;
  readonly column: number | null;
}

interface Row {
  readonly line: number;
  readonly cells: readonly string[];
}

const AMOUNTS = ['base', 'position', 'standardPerformance', 'personalCoefficient', 'bonusPenalty'] as const;

/**
 * Reads a CSV org chart (one role a line: id, title, reportsTo, and optionally unit, headcount and
 * the pay amounts; header names in zh or en) into a JSON v1 file. Every line is checked first:
 * either the whole file is good, or every problem comes back with its line and column and nothing
 * is imported.
 */
export function csvToDesignFile(text: string, name: string): Result<DesignFileInput, readonly CsvError[]> {
  const parsed = parseRows(text.startsWith('\uFEFF') ? text.slice(1) : text);
  if (!parsed.ok) return parsed;
  const [header, ...rows] = parsed.value;
  if (header === undefined) {
    return failure([
      csvError(
        'malformed-csv',
        1,
        null,
        'The file is empty: it needs a header line naming at least the columns id, title and reportsTo.',
        '文件为空：第一行应为表头，至少包含 编号、岗位、直接上级 三列。',
      ),
    ]);
  }
  const columns = readHeader(header);
  if (!columns.ok) return columns;
  const errors: CsvError[] = [];
  const at = columns.value;
  const cell = (row: Row, column: Column) => {
    const index = at.get(column);
    return index === undefined ? '' : (row.cells[index] ?? '').trim();
  };
  const where = (row: Row, column: Column) => {
    const index = at.get(column)!;
    return { line: row.line, column: index + 1, header: header.cells[index]!.trim() };
  };

  const firstLine = new Map<string, number>();
  for (const row of rows) {
    if (row.cells.length !== header.cells.length) {
      errors.push(
        csvError(
          'malformed-csv',
          row.line,
          null,
          `Line ${row.line} has ${row.cells.length} values but the header has ${header.cells.length} columns. A value with a comma must be in double quotes.`,
          `第 ${row.line} 行有 ${row.cells.length} 个值，而表头有 ${header.cells.length} 列。含逗号的值须用英文双引号括起来。`,
        ),
      );
      continue;
    }
    const id = cell(row, 'id');
    for (const column of ['id', 'title'] as const) {
      if (cell(row, column) === '')
        errors.push(valueError(where(row, column), 'must not be empty', '不能为空'));
    }
    if (id !== '') {
      const earlier = firstLine.get(id);
      if (earlier === undefined) firstLine.set(id, row.line);
      else {
        const spot = where(row, 'id');
        errors.push(
          csvError(
            'duplicate-id',
            spot.line,
            spot.column,
            `Line ${spot.line}, column ${spot.column} (${spot.header}): the id "${id}" is already used on line ${earlier}.`,
            `第 ${spot.line} 行第 ${spot.column} 列（${spot.header}）：编号“${id}”已在第 ${earlier} 行使用。`,
          ),
        );
      }
    }
    checkNumbers(row, cell, where, errors);
  }
  const goodRows = rows.filter((row) => row.cells.length === header.cells.length);
  for (const row of goodRows) {
    const manager = cell(row, 'reportsTo');
    if (manager !== '' && !firstLine.has(manager)) {
      const spot = where(row, 'reportsTo');
      errors.push(
        csvError(
          'unknown-role',
          spot.line,
          spot.column,
          `Line ${spot.line}, column ${spot.column} (${spot.header}): no role in this file has the id "${manager}".`,
          `第 ${spot.line} 行第 ${spot.column} 列（${spot.header}）：文件中没有编号为“${manager}”的岗位。`,
        ),
      );
    }
  }
  if (errors.length === 0) errors.push(...cycles(goodRows, cell, where));
  if (errors.length > 0) return failure(errors);
  return { ok: true, value: designFile(name, goodRows, cell) };
}

/** The CSV as a design, validated exactly like a JSON v1 import. */
export function fromCSV(text: string, name: string): Result<Design, readonly CsvError[]> {
  const file = csvToDesignFile(text, name);
  if (!file.ok) return file;
  const design = parseDesign(file.value);
  if (design.ok) return design;
  return failure(design.error.map(lineOfPath));
}

function parseRows(text: string): Result<Row[], readonly CsvError[]> {
  const rows: Row[] = [];
  const errors: CsvError[] = [];
  // papaparse reports where each row ends; a row starts at the first non-blank character after the
  // previous one ends, and its line is one more than the line breaks before that.
  let previousEnd = 0;
  let counted = 0;
  let line = 1;
  Papa.parse(text, {
    delimitersToGuess: [',', '\t', ';'],
    skipEmptyLines: 'greedy',
    step: (result) => {
      let rowStart = previousEnd;
      while (rowStart < text.length && /\s/.test(text[rowStart]!)) rowStart++;
      for (; counted < rowStart; counted++) if (text[counted] === '\n') line++;
      previousEnd = Math.max(previousEnd, result.meta.cursor);
      for (const error of result.errors) {
        if (error.type !== 'Quotes') continue;
        errors.push(
          csvError(
            'malformed-csv',
            line,
            null,
            `Line ${line}: a value opened with a double quote (") is never closed. Close it, or remove the quote.`,
            `第 ${line} 行：以英文双引号（"）开始的值没有闭合。请补上或删除该引号。`,
          ),
        );
      }
      rows.push({ line, cells: result.data });
    },
  });
  return errors.length > 0 ? failure(errors) : { ok: true, value: rows };
}

function readHeader(header: Row): Result<Map<Column, number>, readonly CsvError[]> {
  const at = new Map<Column, number>();
  const errors: CsvError[] = [];
  header.cells.forEach((raw, index) => {
    const name = raw.trim();
    const column = columnOf(name);
    if (column === undefined) {
      const known = Object.values(COLUMNS)
        .map((names) => names.en)
        .join(', ');
      const knownZh = Object.values(COLUMNS)
        .map((names) => names.zh)
        .join('、');
      errors.push(
        csvError(
          'malformed-csv',
          1,
          index + 1,
          `Line 1, column ${index + 1}: "${name}" is not a column OrgCanvas knows. Known columns: ${known}.`,
          `第 1 行第 ${index + 1} 列：不认识列名“${name}”。可用的列：${knownZh}。`,
        ),
      );
      return;
    }
    const earlier = at.get(column);
    if (earlier !== undefined) {
      errors.push(
        csvError(
          'malformed-csv',
          1,
          index + 1,
          `Line 1, column ${index + 1}: "${name}" repeats column ${earlier + 1}.`,
          `第 1 行第 ${index + 1} 列：“${name}”与第 ${earlier + 1} 列重复。`,
        ),
      );
      return;
    }
    at.set(column, index);
  });
  for (const column of REQUIRED_COLUMNS) {
    if (at.has(column)) continue;
    const { en, zh } = COLUMNS[column];
    errors.push(
      csvError(
        'malformed-csv',
        1,
        null,
        `The header (line 1) has no column ${en} (or ${zh}); add it.`,
        `表头（第 1 行）缺少“${zh}”（${en}）列，请补上。`,
      ),
    );
  }
  return errors.length > 0 ? failure(errors) : { ok: true, value: at };
}

type Cell = (row: Row, column: Column) => string;
type Where = (row: Row, column: Column) => { line: number; column: number; header: string };

function checkNumbers(row: Row, cell: Cell, where: Where, errors: CsvError[]): void {
  const headcount = cell(row, 'headcount');
  if (headcount !== '') {
    const value = Number(headcount);
    if (!Number.isInteger(value) || value < 0 || value > LIMITS.headcount) {
      errors.push(
        valueError(
          where(row, 'headcount'),
          `must be a whole number from 0 to ${LIMITS.headcount}, not "${headcount}"`,
          `应为 0 到 ${LIMITS.headcount} 之间的整数，而不是“${headcount}”`,
        ),
      );
    }
  }
  for (const column of AMOUNTS) {
    const text = cell(row, column);
    if (text !== '' && amount(text) === null) {
      errors.push(
        valueError(
          where(row, column),
          `must be a number or empty, not "${text}"`,
          `应为数字或留空，而不是“${text}”`,
        ),
      );
    }
  }
}

/** "5000", "5,000" and "-200" are amounts; "五千" and "5000元" are not. */
function amount(text: string): number | null {
  if (text === '') return null;
  const value = Number(text.replace(/,(?=\d{3}(\D|$))/g, ''));
  return Number.isFinite(value) ? value : null;
}

function cycles(rows: readonly Row[], cell: Cell, where: Where): CsvError[] {
  const manager = new Map(rows.map((row) => [cell(row, 'id'), cell(row, 'reportsTo')]));
  const rowOf = new Map(rows.map((row) => [cell(row, 'id'), row]));
  const state = new Map<string, 'path' | 'done'>();
  const errors: CsvError[] = [];
  for (const row of rows) {
    const path: string[] = [];
    let current: string | undefined = cell(row, 'id');
    while (current !== undefined && current !== '' && state.get(current) === undefined) {
      state.set(current, 'path');
      path.push(current);
      current = manager.get(current);
    }
    if (current !== undefined && state.get(current) === 'path') {
      const loop = path.slice(path.indexOf(current));
      const lines = loop.map((id) => rowOf.get(id)!.line).sort((x, y) => x - y);
      const spot = where(rowOf.get(loop[0]!)!, 'reportsTo');
      const ids = loop.join(' → ');
      errors.push(
        csvError(
          'cycle',
          lines[0]!,
          spot.column,
          `Lines ${lines.join(', ')}, column ${spot.column} (${spot.header}): the reporting lines go round in a circle (${ids} → ${loop[0]}). Give one of them another manager.`,
          `第 ${lines.join('、')} 行第 ${spot.column} 列（${spot.header}）：汇报关系形成了循环（${ids} → ${loop[0]}）。请为其中一个岗位改换上级。`,
        ),
      );
    }
    for (const id of path) state.set(id, 'done');
  }
  return errors;
}

function designFile(name: string, rows: readonly Row[], cell: Cell): DesignFileInput {
  const unitIds = new Map<string, string>();
  for (const row of rows) {
    const unit = cell(row, 'unit');
    if (unit !== '' && !unitIds.has(unit)) unitIds.set(unit, `u${unitIds.size + 1}`);
  }
  return {
    format: DESIGN_FORMAT,
    version: DESIGN_VERSION,
    name,
    units: [...unitIds].map(([unitName, id]) => ({ id, name: unitName })),
    roles: rows.map((row) => {
      const unit = cell(row, 'unit');
      const headcount = cell(row, 'headcount');
      return {
        id: cell(row, 'id'),
        title: cell(row, 'title'),
        reportsTo: cell(row, 'reportsTo') || null,
        unitId: unit === '' ? null : unitIds.get(unit)!,
        headcount: headcount === '' ? 1 : Number(headcount),
        pay: Object.fromEntries(AMOUNTS.map((key) => [key, amount(cell(row, key))])) as Record<
          (typeof AMOUNTS)[number],
          number | null
        >,
      };
    }),
  };
}

/** A JSON v1 path such as `roles[3].title` as the CSV line it came from (roles[0] is line 2). */
function lineOfPath(error: ModelError): CsvError {
  const match = /^roles\[(\d+)\]/.exec(error.path);
  const line = match ? Number(match[1]) + 2 : 1;
  return {
    ...error,
    line,
    column: null,
    message: `Line ${line}: ${error.message}`,
    messageZh: `第 ${line} 行：${error.messageZh}`,
  };
}

function valueError(
  spot: { line: number; column: number; header: string },
  en: string,
  zh: string,
): CsvError {
  return csvError(
    'invalid-value',
    spot.line,
    spot.column,
    `Line ${spot.line}, column ${spot.column} (${spot.header}) ${en}.`,
    `第 ${spot.line} 行第 ${spot.column} 列（${spot.header}）${zh}。`,
  );
}

function csvError(
  code: ModelErrorCode,
  line: number,
  column: number | null,
  message: string,
  messageZh: string,
): CsvError {
  const path = column === null ? `line ${line}` : `line ${line}, column ${column}`;
  return { ...modelError(code, message, messageZh, path), line, column };
}

function failure(errors: readonly CsvError[]): { ok: false; error: readonly CsvError[] } {
  return { ok: false, error: errors };
}
