import { describe, expect, it } from 'vitest';
import { TEMPLATES } from './index.js';

describe.each(TEMPLATES.map((entry) => [entry.id, entry] as const))('template %s', (_id, entry) => {
  const { units, roles } = entry.design;
  const roleIds = new Set(roles.map((role) => role.id));
  const unitIds = new Set(units.map((unit) => unit.id));

  it('uses each unit, role and note id once, all readable kebab-case', () => {
    const notes = entry.design.notes ?? [];
    expect(unitIds.size).toBe(units.length);
    expect(roleIds.size).toBe(roles.length);
    expect(new Set(notes.map((note) => note.id)).size).toBe(notes.length);
    for (const id of [...unitIds, ...roleIds, ...notes.map((note) => note.id)]) {
      expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });

  it('points every reporting line, unit, recipient and collaborator at something in this template', () => {
    for (const role of roles) {
      if (role.reportsTo != null) expect(roleIds, `${role.id}.reportsTo`).toContain(role.reportsTo);
      if (role.unitId != null) expect(unitIds, `${role.id}.unitId`).toContain(role.unitId);
      for (const collaborator of role.internalCollaborators ?? []) {
        if (collaborator.kind === 'role') expect(roleIds).toContain(collaborator.id);
        if (collaborator.kind === 'unit') expect(unitIds).toContain(collaborator.id);
      }
    }
    for (const unit of units) if (unit.parentId != null) expect(unitIds).toContain(unit.parentId);
    const owners = [...units, ...roles];
    for (const owner of owners) {
      for (const area of owner.responsibilities ?? []) {
        for (const item of area.items ?? []) {
          // A result goes to a role (上报给运营经理) or to a unit (反馈到公司客服部).
          if (item.recipient != null) expect([...roleIds, ...unitIds], item.text).toContain(item.recipient);
        }
      }
    }
  });

  it('has no reporting cycle and no unit cycle', () => {
    const managerOf = new Map(roles.map((role) => [role.id, role.reportsTo ?? null]));
    for (const role of roles) {
      const seen = new Set<string>();
      for (let at: string | null = role.id; at !== null; at = managerOf.get(at) ?? null) {
        expect(seen.has(at), `cycle through ${role.id}`).toBe(false);
        seen.add(at);
      }
    }
    const parentOf = new Map(units.map((unit) => [unit.id, unit.parentId ?? null]));
    for (const unit of units) {
      const seen = new Set<string>();
      for (let at: string | null = unit.id; at !== null; at = parentOf.get(at) ?? null) {
        expect(seen.has(at), `cycle through ${unit.id}`).toBe(false);
        seen.add(at);
      }
    }
  });
});
