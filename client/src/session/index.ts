// The editor's kernel: one user's session on a scenario doc, the editor state and its reducer, the
// commands and the actions interface the panels call. Panels import from here; nothing here imports a
// panel, so arrows run one way (panels -> session -> model).
export { EditorSession, VIEW_ONLY_ERROR, type ApplyResult } from './session';
export {
  type BranchStyle,
  type EditorAction,
  type EditorState,
  type LayoutOptions,
  editorReducer,
  initialEditorState,
  primarySelection,
} from './editorState';
export {
  type Command,
  type CommandType,
  commandForKey,
  focusKind,
  isEditingCommand,
  isTextField,
} from './commands';
export { type OutlineKey, type NavigationEffect, navigateChart, navigateOutline } from './navigation';
export {
  type VisibleRow,
  collapsedBelowLevel,
  defaultCollapsed,
  roots,
  siblingsOf,
  visibleRows,
} from './tree';
export type { CanReparent, PeerPresence, ViewportInfo } from './contract';
export type { EditorActions } from './actions';
export { useEditorActions } from './useEditorActions';
export { useShortcuts } from './useShortcuts';
export { useDesign } from './useDesign';
export { browserUserId } from './identity';
export { type Editor, useEditor } from './useEditor';
export { useEditorSession } from './useEditorSession';
