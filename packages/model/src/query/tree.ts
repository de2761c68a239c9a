import type { Design, Id } from '../types.js';
import { designIndex } from './designIndex.js';

/** The managers above a role, nearest first; empty for a top-level or unknown role. */
export function ancestors(design: Design, id: Id): Id[] {
  const { rolesById } = designIndex(design);
  const chain: Id[] = [];
  const seen = new Set<Id>([id]);
  let current = rolesById.get(id)?.reportsTo ?? null;
  while (current !== null && rolesById.has(current) && !seen.has(current)) {
    chain.push(current);
    seen.add(current);
    current = rolesById.get(current)?.reportsTo ?? null;
  }
  return chain;
}

/** How many roles report to `id`, directly or further down: what collapsing it hides. */
export function descendantCount(design: Design, id: Id): number {
  return designIndex(design).descendantCount.get(id) ?? 0;
}
