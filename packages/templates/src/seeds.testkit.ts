import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Test helpers that read the seed documents themselves, so a transcription slip fails a test. */

const packageRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The two seed documents, kept unchanged beside the templates they are the source of. */
export const SEEDS_DIR = path.join(packageRoot, 'seeds');

export function seedText(file: string): string {
  return readFileSync(path.join(SEEDS_DIR, file), 'utf8');
}

/**
 * The seed as one comparable string: the scrape's page counters ("\n\n7、" between pages) and its
 * "精品文档" banners are site chrome, and whitespace is where the scrape broke lines, so all go.
 */
export function normaliseSeed(text: string): string {
  return squash(text.replace(/\n\n\d+、/g, '').replaceAll('精品文档', ''));
}

export function squash(text: string): string {
  return text.replace(/\s+/g, '');
}

/** Pieces of a text between punctuation, for text rebuilt from interleaved table cells. */
export function fragments(text: string): string[] {
  return text
    .split(/[,，。;；:：、()（）“”\n]/)
    .map(squash)
    .filter((piece) => piece.length >= 2);
}

/** Whether `needle`'s characters occur in `haystack` in order (a flattened table cell's value). */
export function isSubsequence(needle: string, haystack: string): boolean {
  let at = 0;
  for (const char of haystack) if (char === needle[at]) at++;
  return at === needle.length;
}

/**
 * Whether `piece` occurs in `text` verbatim or with at most `slack` characters of table cells
 * ("职责", "工作四", "内容"…) interleaved into it, as the 002 scrape does.
 */
export function occursAround(piece: string, text: string, slack = 10): boolean {
  if (text.includes(piece)) return true;
  const head = piece.slice(0, 1);
  for (let at = text.indexOf(head); at >= 0; at = text.indexOf(head, at + 1)) {
    if (isSubsequence(piece, text.slice(at, at + piece.length + slack))) return true;
  }
  return false;
}

/**
 * The four header tables of the 002 position descriptions as the scrape flattened them (labels and
 * values interleaved), each with the values it holds.
 */
export const POSITION_HEADERS: [
  string,
  { title: string; unit: string; superior: string; subordinate: string },
][] = [
  [
    '岗位运营所在直接直接名称经理电商部总经理整个电商部部门上级下级',
    { title: '运营经理', unit: '电商部', superior: '总经理', subordinate: '整个电商部' },
  ],
  [
    '岗位所在直接直接营销主营销部运营经营销部专员名称管上级理下级部门',
    { title: '营销主管', unit: '营销部', superior: '运营经理', subordinate: '营销部专员' },
  ],
  [
    '岗位物流人所在直接运营经直接名称员物流部上级理发货部专员部门下级',
    { title: '物流人员', unit: '物流部', superior: '运营经理', subordinate: '发货部专员' },
  ],
  [
    '岗位美工所在直接直接名称主管美工部运营经理美工人员部门上级下级',
    { title: '美工主管', unit: '美工部', superior: '运营经理', subordinate: '美工人员' },
  ],
];
