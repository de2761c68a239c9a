/**
 * @orgcanvas/templates: the nine seed org designs as built-in templates. Each is JSON v1 data in the
 * seeds' own Chinese words, with an English name and a summary for the gallery.
 */
import { type Design, parseDesign } from '@orgcanvas/model';
import type { Template } from './template.js';
import { ecommerceCompanyDepartments } from './designs/01-ecommerce-company-departments.js';
import { operationsCentreRolesNew } from './designs/02-operations-centre-roles-new.js';
import { operationsCentreDepartments } from './designs/03-operations-centre-departments.js';
import { ecommerceDepartmentResponsibilities } from './designs/04-ecommerce-department-responsibilities.js';
import { operationsCentreRoles } from './designs/05-operations-centre-roles.js';
import { ecommerceStaffDuties } from './designs/06-ecommerce-staff-duties.js';
import { ecommerceOrgChartRoles } from './designs/07-ecommerce-org-chart-roles.js';
import { ecommerceDepartmentOrgChartSlides } from './designs/08-ecommerce-department-org-chart-slides.js';
import { ecommerceDepartmentPositionDescriptions } from './designs/09-ecommerce-department-position-descriptions.js';

export type { Template } from './template.js';

/** The nine templates in the order the seed files give them. */
export const TEMPLATES: readonly Template[] = Object.freeze([
  ecommerceCompanyDepartments,
  operationsCentreRolesNew,
  operationsCentreDepartments,
  ecommerceDepartmentResponsibilities,
  operationsCentreRoles,
  ecommerceStaffDuties,
  ecommerceOrgChartRoles,
  ecommerceDepartmentOrgChartSlides,
  ecommerceDepartmentPositionDescriptions,
]);

const byId = new Map(TEMPLATES.map((entry) => [entry.id, entry]));

export function templateById(id: string): Template | undefined {
  return byId.get(id);
}

const designs = new WeakMap<Template, Design>();

/**
 * The template as a validated Design, ready for `writeDesign`. Parsed once per template; the result
 * is immutable, so callers share it. Throws only if a template is invalid, which the tests rule out.
 */
export function templateDesign(idOrTemplate: string | Template): Design {
  const entry = typeof idOrTemplate === 'string' ? byId.get(idOrTemplate) : idOrTemplate;
  if (entry === undefined) throw new Error(`No template "${String(idOrTemplate)}".`);
  const cached = designs.get(entry);
  if (cached !== undefined) return cached;
  const parsed = parseDesign(entry.design);
  if (!parsed.ok) {
    const detail = parsed.error.map((error) => `${error.path}: ${error.message}`).join('; ');
    throw new Error(`Template "${entry.id}" is not a valid design: ${detail}`);
  }
  designs.set(entry, parsed.value);
  return parsed.value;
}

export interface TemplateCounts {
  readonly units: number;
  readonly roles: number;
  /** Work items across every responsibility area of roles and of units. */
  readonly dutyItems: number;
}

export function templateCounts(idOrTemplate: string | Template): TemplateCounts {
  const design = templateDesign(idOrTemplate);
  const items = (owners: readonly { responsibilities: Design['units'][number]['responsibilities'] }[]) =>
    owners.reduce(
      (sum, owner) => sum + owner.responsibilities.reduce((count, area) => count + area.items.length, 0),
      0,
    );
  return {
    units: design.units.length,
    roles: design.roles.length,
    dutyItems: items(design.units) + items(design.roles),
  };
}

/** What `GET /api/templates` lists for each template: enough for the gallery, without the design. */
export interface TemplateListing {
  readonly id: string;
  readonly name: Template['name'];
  readonly summary: Template['summary'];
  readonly source: Template['source'];
  readonly counts: TemplateCounts;
}

export function templateCatalogue(): TemplateListing[] {
  return TEMPLATES.map(({ id, name, summary, source }) => ({
    id,
    name,
    summary,
    source,
    counts: templateCounts(id),
  }));
}
