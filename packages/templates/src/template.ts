import type { DesignFileInput } from '@orgcanvas/model';

/** A built-in template: one seed design as JSON v1 data, with the words a gallery needs to show it. */
export interface Template {
  /** Stable kebab-case English id; scenarios are created with `{"template": "<id>"}`. */
  readonly id: string;
  /** zh is the heading in the seed file, en a faithful English name. */
  readonly name: { readonly zh: string; readonly en: string };
  /** Two or three sentences: what the design is for and how it differs from the others. */
  readonly summary: { readonly zh: string; readonly en: string };
  /** Where the text comes from: the seed file name and the heading in it. */
  readonly source: { readonly file: string; readonly heading: string };
  readonly design: DesignFileInput;
}

export type UnitInput = DesignFileInput['units'][number];
export type RoleInput = DesignFileInput['roles'][number];
export type AreaInput = NonNullable<RoleInput['responsibilities']>[number];
export type ItemInput = NonNullable<AreaInput['items']>[number];
export type NoteInput = NonNullable<DesignFileInput['notes']>[number];

export const SEED_ARTICLES = '000_d1d2546f34385c3e.txt';
export const SEED_POSITION_DESCRIPTIONS = '002_8527ef7671d820cb.txt';
