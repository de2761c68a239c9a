import { z } from 'zod';

/** Text limits of the API's fields; inputs use them so the server never refuses what a form allowed. */
export const LIMITS = {
  name: 200,
  versionLabel: 200,
  versionAuthor: 100,
  /** Characters per weight in a font subset request (distinct characters are what it costs). */
  fontSubsetText: 200_000,
  /** Scenarios in one deck (`GET /api/workspaces/:id/export.pptx?scenarios=…`): each costs a layout and its slides. */
  deckScenarios: 6,
} as const;

const name = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(LIMITS.name, `must be at most ${LIMITS.name} characters`);

/** `POST /api/workspaces` */
export const createWorkspaceRequest = z.object({ name });

/**
 * `POST /api/workspaces/:id/scenarios`: blank, or from one source: a template, another scenario
 * (`from`, optionally one of its versions) or a JSON v1 design (validated by the model).
 */
export const createScenarioRequest = z.object({
  name,
  template: z.string().min(1).optional(),
  from: z.string().min(1).optional(),
  version: z.string().min(1).optional(),
  design: z.unknown().optional(),
  /** A CSV org chart (id, title, reportsTo, ...; headers in zh or en), read by the model's `fromCSV`. */
  csv: z.string().min(1).optional(),
});

/** `PATCH /api/workspaces/:id/scenarios/:sid` */
export const renameScenarioRequest = z.object({ name });

/** `POST /api/workspaces/:id/scenarios/:sid/versions` */
export const saveVersionRequest = z.object({
  label: z
    .string()
    .trim()
    .max(LIMITS.versionLabel, `must be at most ${LIMITS.versionLabel} characters`)
    .default(''),
  author: z
    .string()
    .trim()
    .max(LIMITS.versionAuthor, `must be at most ${LIMITS.versionAuthor} characters`)
    .default(''),
});

/** `POST /api/workspaces/:id/links`: new tokens, optionally valid for a number of days only. */
export const replaceLinksRequest = z.object({
  expiresInDays: z.number().int().min(1).max(3650).nullable().default(null),
});

/**
 * `POST /api/workspaces/:id/font-subset`: the characters a chart draws, by weight. A chart of 10,000
 * roles draws far fewer distinct characters than this; the bound keeps one request cheap.
 */
export const fontSubsetRequest = z.object({
  regular: z.string().max(LIMITS.fontSubsetText, `must be at most ${LIMITS.fontSubsetText} characters`),
  bold: z.string().max(LIMITS.fontSubsetText, `must be at most ${LIMITS.fontSubsetText} characters`),
});

/** The answer to a font subset request. */
export interface FontSubset {
  /** `@font-face` rules (WOFF2 in data URLs) for the SVG's style sheet; empty when nothing is drawn. */
  readonly css: string;
}

/** What a client sends (before defaults and trimming). */
export type CreateWorkspaceRequest = z.input<typeof createWorkspaceRequest>;
export type CreateScenarioRequest = z.input<typeof createScenarioRequest>;
export type RenameScenarioRequest = z.input<typeof renameScenarioRequest>;
export type SaveVersionRequest = z.input<typeof saveVersionRequest>;
export type ReplaceLinksRequest = z.input<typeof replaceLinksRequest>;
export type FontSubsetRequest = z.input<typeof fontSubsetRequest>;
