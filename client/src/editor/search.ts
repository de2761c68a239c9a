import type { Design, Role } from '@orgcanvas/model';

/**
 * Search by title, unit name or duty text (purpose, responsibility headings and items, additional
 * duties). Case- and width-insensitive; every whitespace-separated term must match somewhere in the
 * role, so "运营 日报" finds the operations role whose items mention daily reports.
 */
export function searchRoles(design: Design, query: string): string[] {
  const terms = normalise(query)
    .split(/\s+/)
    .filter((term) => term !== '');
  if (terms.length === 0) return [];
  const unitNames = new Map(design.units.map((unit) => [unit.id, unit.name]));
  return design.roles
    .filter((role) => {
      const haystack = normalise(searchableText(role, unitNames));
      return terms.every((term) => haystack.includes(term));
    })
    .map((role) => role.id);
}

function searchableText(role: Role, unitNames: ReadonlyMap<string, string>): string {
  const parts: string[] = [role.title, role.purpose, ...role.additionalDuties];
  if (role.unitId !== null) parts.push(unitNames.get(role.unitId) ?? '');
  for (const area of role.responsibilities) {
    parts.push(area.title);
    for (const item of area.items) parts.push(item.text);
  }
  return parts.join('\n');
}

function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}
