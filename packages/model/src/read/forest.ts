/**
 * Turns parent pointers written concurrently by many replicas into a forest, deterministically:
 * the result depends only on the pointers, never on the order updates arrived in.
 *
 * - a pointer to a missing node, or to itself, reads as a root;
 * - in each cycle (concurrent moves such as A under B and B under A) the latest move, by Lamport
 *   stamp then writer then id, is ignored and that node reads as a root.
 *
 * Pointers form a functional graph, so every cycle is disjoint from the others and breaking one
 * never creates or changes another.
 */
export interface PointerEntry {
  readonly id: string;
  readonly parent: string | null;
  readonly stamp: number;
  readonly by: number;
}

export function repairForest(entries: readonly PointerEntry[]): Map<string, string | null> {
  const byId = new Map<string, PointerEntry>();
  for (const entry of entries) byId.set(entry.id, entry);
  const parent = new Map<string, string | null>();
  for (const entry of entries) {
    const target = entry.parent;
    parent.set(entry.id, target !== null && target !== entry.id && byId.has(target) ? target : null);
  }

  const UNSEEN = 0;
  const ON_PATH = 1;
  const DONE = 2;
  const state = new Map<string, number>();
  for (const entry of entries) {
    if ((state.get(entry.id) ?? UNSEEN) !== UNSEEN) continue;
    const path: string[] = [];
    let current: string | null = entry.id;
    while (current !== null && (state.get(current) ?? UNSEEN) === UNSEEN) {
      state.set(current, ON_PATH);
      path.push(current);
      current = parent.get(current) ?? null;
    }
    if (current !== null && state.get(current) === ON_PATH) {
      const cycle = path.slice(path.indexOf(current));
      parent.set(latestMove(cycle, byId), null);
    }
    for (const id of path) state.set(id, DONE);
  }
  return parent;
}

function latestMove(cycle: readonly string[], byId: ReadonlyMap<string, PointerEntry>): string {
  let latest = byId.get(cycle[0]!)!;
  for (const id of cycle.slice(1)) {
    const entry = byId.get(id)!;
    if (compareMoves(entry, latest) > 0) latest = entry;
  }
  return latest.id;
}

function compareMoves(a: PointerEntry, b: PointerEntry): number {
  if (a.stamp !== b.stamp) return a.stamp - b.stamp;
  if (a.by !== b.by) return a.by - b.by;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Depth-first pre-order of a forest with siblings sorted by `order` then id. Iterative, so a
 * pathological depth cannot overflow the stack.
 */
export function depthFirst<T extends { readonly id: string }>(
  nodes: readonly T[],
  parentOf: (node: T) => string | null,
  orderOf: (node: T) => number,
): { ordered: T[]; children: Map<string | null, T[]> } {
  const children = new Map<string | null, T[]>();
  for (const node of nodes) {
    const key = parentOf(node);
    const list = children.get(key);
    if (list) list.push(node);
    else children.set(key, [node]);
  }
  const compare = (a: T, b: T) => orderOf(a) - orderOf(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  for (const list of children.values()) list.sort(compare);

  const ordered: T[] = [];
  const stack = [...(children.get(null) ?? [])].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    ordered.push(node);
    const kids = children.get(node.id);
    if (kids) for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return { ordered, children };
}

/**
 * Whether `ancestor` is `node` itself or one of its parents, in a repaired forest (so the walk ends).
 * Operations ask it before a move: a node may not go under itself or anything below it.
 */
export function isAtOrAbove(
  ancestor: string,
  node: string,
  parentOf: (id: string) => string | null | undefined,
): boolean {
  for (let current: string | null | undefined = node; current != null; current = parentOf(current)) {
    if (current === ancestor) return true;
  }
  return false;
}
