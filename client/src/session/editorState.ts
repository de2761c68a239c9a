import { type Design, ancestors, designIndex } from '@orgcanvas/model';
import { defaultCollapsed } from './tree';

export type BranchStyle = 'wide' | 'stacked' | 'condensed';

export interface LayoutOptions {
  readonly direction: 'down' | 'right';
  readonly branchStyle: Readonly<Record<string, BranchStyle>>;
}

/**
 * Session state of one editor: what is selected, collapsed, searched and how the chart is laid out.
 * None of it is in the Y.Doc (STYLE.md: the document holds the org, not a viewer's selection).
 */
export interface EditorState {
  /** Selected role ids; the last one is the primary selection the inspector and keys act on. */
  readonly selection: readonly string[];
  readonly collapsed: ReadonlySet<string>;
  /** Whether the default collapse for a large design was applied once the design first loaded. */
  readonly collapseInitialised: boolean;
  readonly renaming: string | null;
  readonly search: { readonly open: boolean; readonly query: string; readonly index: number };
  readonly layout: LayoutOptions;
  readonly focusRequest: { readonly roleIds: readonly string[]; readonly nonce: number } | undefined;
  readonly pendingDelete: readonly string[] | null;
}

export const initialEditorState: EditorState = {
  selection: [],
  collapsed: new Set(),
  collapseInitialised: false,
  renaming: null,
  search: { open: false, query: '', index: 0 },
  layout: { direction: 'down', branchStyle: {} },
  focusRequest: undefined,
  pendingDelete: null,
};

export type EditorAction =
  | {
      readonly type: 'select';
      readonly ids: readonly string[];
      readonly design: Design;
      readonly focus?: boolean;
    }
  | { readonly type: 'toggleSelect'; readonly id: string }
  | { readonly type: 'clearSelection' }
  | { readonly type: 'toggleCollapse'; readonly id: string }
  | { readonly type: 'setCollapsed'; readonly id: string; readonly collapsed: boolean }
  | { readonly type: 'expandAll' }
  | { readonly type: 'collapseAll'; readonly design: Design }
  | { readonly type: 'startRename'; readonly id: string }
  | { readonly type: 'endRename' }
  | { readonly type: 'openSearch' }
  | { readonly type: 'closeSearch' }
  | { readonly type: 'setQuery'; readonly query: string }
  | {
      readonly type: 'stepSearch';
      readonly delta: number;
      readonly hits: readonly string[];
      readonly design: Design;
    }
  | { readonly type: 'setDirection'; readonly direction: 'down' | 'right' }
  | { readonly type: 'setBranchStyle'; readonly id: string; readonly style: BranchStyle }
  | { readonly type: 'focus'; readonly ids: readonly string[] }
  | { readonly type: 'askDelete'; readonly ids: readonly string[] }
  | { readonly type: 'cancelDelete' }
  | { readonly type: 'designChanged'; readonly design: Design };

let nonce = 0;
const nextNonce = () => ++nonce;

export function editorReducer(state: EditorState, action: EditorAction): EditorState {
  switch (action.type) {
    case 'select': {
      const collapsed = reveal(state.collapsed, action.design, action.ids);
      return {
        ...state,
        selection: [...action.ids],
        collapsed,
        focusRequest: action.focus ? { roleIds: [...action.ids], nonce: nextNonce() } : state.focusRequest,
      };
    }
    case 'toggleSelect':
      return {
        ...state,
        selection: state.selection.includes(action.id)
          ? state.selection.filter((id) => id !== action.id)
          : [...state.selection, action.id],
      };
    case 'clearSelection':
      return state.selection.length === 0 && state.renaming === null
        ? state
        : { ...state, selection: [], renaming: null };
    case 'toggleCollapse':
      return { ...state, collapsed: toggled(state.collapsed, action.id, !state.collapsed.has(action.id)) };
    case 'setCollapsed':
      return state.collapsed.has(action.id) === action.collapsed
        ? state
        : { ...state, collapsed: toggled(state.collapsed, action.id, action.collapsed) };
    case 'expandAll':
      return { ...state, collapsed: new Set() };
    case 'collapseAll': {
      const collapsed = new Set(
        action.design.roles.filter((role) => role.subordinates.length > 0).map((r) => r.id),
      );
      // Keep the selection visible: a collapsed ancestor of a selected role would hide it.
      const selection = state.selection.filter((id) =>
        action.design.roles.some((r) => r.id === id && r.reportsTo === null),
      );
      return { ...state, collapsed, selection };
    }
    case 'startRename':
      return {
        ...state,
        renaming: action.id,
        selection: state.selection.includes(action.id) ? state.selection : [action.id],
      };
    case 'endRename':
      return state.renaming === null ? state : { ...state, renaming: null };
    case 'openSearch':
      return { ...state, search: { ...state.search, open: true } };
    case 'closeSearch':
      return { ...state, search: { open: false, query: '', index: 0 } };
    case 'setQuery':
      return { ...state, search: { ...state.search, query: action.query, index: 0 } };
    case 'stepSearch': {
      if (action.hits.length === 0) return state;
      const count = action.hits.length;
      const index = (((state.search.index + action.delta) % count) + count) % count;
      const id = action.hits[index]!;
      return {
        ...state,
        search: { ...state.search, index },
        selection: [id],
        collapsed: reveal(state.collapsed, action.design, [id]),
        focusRequest: { roleIds: [id], nonce: nextNonce() },
      };
    }
    case 'setDirection':
      return { ...state, layout: { ...state.layout, direction: action.direction } };
    case 'setBranchStyle': {
      const branchStyle = { ...state.layout.branchStyle };
      if (action.style === 'wide') delete branchStyle[action.id];
      else branchStyle[action.id] = action.style;
      return { ...state, layout: { ...state.layout, branchStyle } };
    }
    case 'focus':
      return { ...state, focusRequest: { roleIds: [...action.ids], nonce: nextNonce() } };
    case 'askDelete':
      return action.ids.length === 0 ? state : { ...state, pendingDelete: [...action.ids] };
    case 'cancelDelete':
      return { ...state, pendingDelete: null };
    case 'designChanged':
      return afterDesignChange(state, action.design);
  }
}

/** Drops what no longer exists (someone deleted it) and applies the first-load collapse once. */
function afterDesignChange(state: EditorState, design: Design): EditorState {
  const byId = designIndex(design).rolesById;
  let next = state;
  if (!state.collapseInitialised && design.roles.length > 0) {
    next = { ...next, collapsed: defaultCollapsed(design), collapseInitialised: true };
  }
  const selection = next.selection.filter((id) => byId.has(id));
  if (selection.length !== next.selection.length) next = { ...next, selection };
  if (next.renaming !== null && !byId.has(next.renaming)) next = { ...next, renaming: null };
  if (next.pendingDelete) {
    const pending = next.pendingDelete.filter((id) => byId.has(id));
    if (pending.length !== next.pendingDelete.length)
      next = { ...next, pendingDelete: pending.length ? pending : null };
  }
  return next;
}

/** Expands every collapsed ancestor of the given roles so they can be seen. */
function reveal(collapsed: ReadonlySet<string>, design: Design, ids: readonly string[]): ReadonlySet<string> {
  const hidden = ids.flatMap((id) => ancestors(design, id)).filter((id) => collapsed.has(id));
  if (hidden.length === 0) return collapsed;
  const next = new Set(collapsed);
  for (const id of hidden) next.delete(id);
  return next;
}

function toggled(set: ReadonlySet<string>, id: string, present: boolean): ReadonlySet<string> {
  const next = new Set(set);
  if (present) next.add(id);
  else next.delete(id);
  return next;
}

export function primarySelection(state: EditorState): string | null {
  return state.selection[state.selection.length - 1] ?? null;
}
