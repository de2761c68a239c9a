import type { Design, Role } from '../types.js';
import { designIndex } from './designIndex.js';

/**
 * Search by title, unit name or duty text (purpose, responsibility headings and items, additional
 * duties). Case- and width-insensitive; every whitespace-separated term must match somewhere in the
 * role, so "运营 日报" finds the operations role whose items mention daily reports. Returns role ids
 * in outline order.
 */
export function searchRoles(design: Design, query: string): string[] {
  const terms = normalise(query)
    .split(/\s+/)
    .filter((term) => term !== '');
  if (terms.length === 0) return [];
  const { unitsById } = designIndex(design);
  return design.roles
    .filter((role) => {
      const haystack = normalise(searchableText(role, unitsById.get(role.unitId ?? '')?.name ?? ''));
      return terms.every((term) => haystack.includes(term));
    })
    .map((role) => role.id);
}

function searchableText(role: Role, unitName: string): string {
  const parts: string[] = [role.title, role.purpose, ...role.additionalDuties, unitName];
  for (const area of role.responsibilities) {
    parts.push(area.title);
    for (const item of area.items) parts.push(item.text);
  }
  return parts.join('\n');
}

function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}
