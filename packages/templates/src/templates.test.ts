import { describe, expect, it } from 'vitest';
import { TEMPLATES, templateById, templateCatalogue, templateCounts, templateDesign } from './index.js';
import { normaliseSeed, seedText, squash } from './seeds.testkit.js';

describe('the template catalogue', () => {
  it('holds nine templates with unique kebab-case ids', () => {
    expect(TEMPLATES).toHaveLength(9);
    const ids = TEMPLATES.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(9);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('lists them in seed order, each named by its heading in the seed file', () => {
    const positions = new Map<string, number>();
    for (const entry of TEMPLATES) {
      expect(entry.name.zh).toBe(entry.source.heading);
      expect(entry.design.name).toBe(entry.name.zh);
      const text = seedText(entry.source.file);
      const lines = text.split('\n').map((line) => line.trim());
      // The heading stands on a line of its own; design 6's also opens the page as its title.
      const line = lines.lastIndexOf(entry.source.heading);
      expect(line, entry.id).toBeGreaterThanOrEqual(0);
      expect(line, entry.id).toBeGreaterThan(positions.get(entry.source.file) ?? -1);
      positions.set(entry.source.file, line);
    }
  });

  it('gives every template an English name and a two-to-three sentence summary in zh and en', () => {
    for (const entry of TEMPLATES) {
      expect(entry.name.en.length, entry.id).toBeGreaterThan(10);
      const zhSentences = entry.summary.zh.split('。').filter((part) => part.trim() !== '');
      const enSentences = entry.summary.en.split(/\.(?:\s|$)/).filter((part) => part.trim() !== '');
      expect(zhSentences.length, entry.id).toBeGreaterThanOrEqual(2);
      expect(zhSentences.length, entry.id).toBeLessThanOrEqual(3);
      expect(enSentences.length, entry.id).toBeGreaterThanOrEqual(2);
      expect(enSentences.length, entry.id).toBeLessThanOrEqual(3);
    }
  });

  it('finds templates by id and parses each once', () => {
    for (const entry of TEMPLATES) {
      expect(templateById(entry.id)).toBe(entry);
      expect(templateDesign(entry.id)).toBe(templateDesign(entry));
    }
    expect(templateById('no-such-template')).toBeUndefined();
    expect(() => templateDesign('no-such-template')).toThrow(/no-such-template/);
  });

  it('counts duty items across the areas of roles and of units', () => {
    const design = templateDesign('ecommerce-department-responsibilities');
    const onUnits = design.units.flatMap((unit) => unit.responsibilities.flatMap((area) => area.items));
    const onRoles = design.roles.flatMap((role) => role.responsibilities.flatMap((area) => area.items));
    expect(onUnits).toHaveLength(8);
    expect(onRoles).toHaveLength(0);
    expect(templateCounts('ecommerce-department-responsibilities')).toEqual({
      units: 1,
      roles: 6,
      dutyItems: 8,
    });
  });

  it('lists id, name, summary, source and counts for the API, without the designs', () => {
    const listing = templateCatalogue();
    expect(listing.map((entry) => entry.id)).toEqual(TEMPLATES.map((entry) => entry.id));
    expect(listing[5]).toEqual({
      id: 'ecommerce-staff-duties',
      name: TEMPLATES[5]!.name,
      summary: TEMPLATES[5]!.summary,
      source: TEMPLATES[5]!.source,
      counts: { units: 4, roles: 8, dutyItems: 42 },
    });
    expect(JSON.stringify(listing)).not.toContain('"roles":[');
  });

  it('reads the seed heading of design 9 from the 002 file', () => {
    const entry = templateById('ecommerce-department-position-descriptions')!;
    expect(normaliseSeed(seedText(entry.source.file)).startsWith(squash(entry.name.zh))).toBe(true);
  });
});
