import type { Design } from '@orgcanvas/model';
import type { DeckStrings } from './strings.js';

/** Speaker notes for a chart slide: each role shown, its purpose and its numbered duties. */
export function speakerNotes(design: Design, roleIds: readonly string[], strings: DeckStrings): string {
  const byId = new Map(design.roles.map((r) => [r.id, r]));
  const blocks: string[] = [];
  for (const id of roleIds) {
    const role = byId.get(id);
    if (!role) continue;
    const lines = [role.title];
    if (role.purpose) lines.push(`${strings.purpose}: ${role.purpose}`);
    const areas = role.responsibilities.filter((a) => a.items.length > 0);
    if (areas.length === 0) lines.push(strings.noDuties);
    for (const area of areas) {
      lines.push(`${strings.duties}${area.title ? ` · ${area.title}` : ''}`);
      area.items.forEach((item, i) => lines.push(`  ${i + 1}. ${item.text}`));
    }
    blocks.push(lines.join('\n'));
  }
  return blocks.join('\n\n');
}
