import { z } from 'zod';
import { CADENCES, NOTE_KINDS, UNIT_KINDS } from '../types.js';
import { LIMITS } from '../read/tolerant.js';
import { isCalendarDate } from '../dates.js';

/**
 * JSON v1, the public file contract: `{"format":"orgcanvas.design","version":1,...}`. Optional fields
 * take defaults so hand-written files stay short; unknown keys are ignored so later versions' extra
 * fields do not break older readers.
 */
export const DESIGN_FORMAT = 'orgcanvas.design';
export const DESIGN_VERSION = 1;
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

const id = z.string().min(1).max(200);
const shortText = z.string().max(LIMITS.shortText);
const longText = z.string().max(LIMITS.longText);
const amount = z.number().finite().nullable().default(null);
/** A wage or coefficient: below zero it is a typo, not a value (only 奖惩 may be negative). */
const nonNegative = z.number().finite().min(0).nullable().default(null);
/** A role's title or a unit's name: whitespace alone reads as nothing on the chart. */
const name = shortText.refine((value) => value.trim() !== '', { params: { rule: 'non-empty' } });
const list = <T extends z.ZodType>(item: T) => z.array(item).max(LIMITS.listLength);

export const workItemSchema = z.object({
  id: id.optional(),
  text: longText,
  cadence: z.enum(CADENCES).nullable().default(null),
  time: shortText.nullable().default(null),
  recipient: id.nullable().default(null),
});

export const areaSchema = z.object({
  id: id.optional(),
  title: shortText,
  items: list(workItemSchema).default([]),
});

export const paySchema = z.object({
  base: nonNegative,
  position: nonNegative,
  standardPerformance: nonNegative,
  personalCoefficient: nonNegative,
  bonusPenalty: amount,
});

export const collaboratorSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('unit'), id }),
  z.object({ kind: z.literal('role'), id }),
  z.object({ kind: z.literal('text'), text: shortText.min(1) }),
]);

export const unitSchema = z.object({
  id,
  name,
  parentId: id.nullable().default(null),
  kind: z.enum(UNIT_KINDS).default('department'),
  color: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/)
    .optional(),
  responsibilities: list(areaSchema).default([]),
  performanceCoefficient: nonNegative,
  notes: longText.default(''),
});

export const roleSchema = z.object({
  id,
  title: name,
  unitId: id.nullable().default(null),
  reportsTo: id.nullable().default(null),
  headcount: z.number().int().min(0).max(LIMITS.headcount).default(1),
  optional: z.boolean().default(false),
  assistant: z.boolean().default(false),
  purpose: longText.default(''),
  internalCollaborators: list(collaboratorSchema).default([]),
  externalParties: list(shortText).default([]),
  responsibilities: list(areaSchema).default([]),
  additionalDuties: list(shortText).default([]),
  workingTime: shortText.default(''),
  pay: paySchema.default({
    base: null,
    position: null,
    standardPerformance: null,
    personalCoefficient: null,
    bonusPenalty: null,
  }),
  /** Added after v1 shipped; files without it read as paid. */
  noPay: z.boolean().default(false),
  dottedLines: list(id).default([]),
  notes: longText.default(''),
});

export const noteSchema = z.object({
  id,
  kind: z.enum(NOTE_KINDS).default('other'),
  title: shortText,
  text: longText.default(''),
  date: z
    .string()
    .refine(isCalendarDate, { params: { rule: 'calendar-date' } })
    .nullable()
    .default(null),
});

export const designFileSchema = z.object({
  format: z.literal(DESIGN_FORMAT),
  version: z.literal(DESIGN_VERSION),
  name: shortText,
  description: longText.default(''),
  units: z.array(unitSchema).max(100_000),
  roles: z.array(roleSchema).max(100_000),
  notes: list(noteSchema).default([]),
});

/** A JSON v1 file as written by hand or by `toJSON`, before defaults are applied. */
export type DesignFileInput = z.input<typeof designFileSchema>;
/** A parsed JSON v1 file with every default filled in. */
export type DesignFile = z.output<typeof designFileSchema>;
