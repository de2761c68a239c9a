import type { BranchStyle } from './types.js';

export type Spacing = 'normal' | 'tight';

/** Canvas units. The line bus runs midway between a manager and its reports. */
export const SPACING: Record<Spacing, { readonly sibling: number; readonly layer: number }> = {
  normal: { sibling: 28, layer: 64 },
  tight: { sibling: 10, layer: 36 },
};

export function spacingOf(style: BranchStyle): Spacing {
  return style === 'condensed' ? 'tight' : 'normal';
}

/** Room between a unit frame and what it holds; less than half the tightest layer gap. */
export const FRAME_PAD = 12;
