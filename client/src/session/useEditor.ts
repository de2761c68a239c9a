import { useCallback, useEffect, useMemo, useReducer } from 'react';
import type { Design } from '@orgcanvas/model';
import type { EditorActions } from './actions';
import { type EditorAction, type EditorState, editorReducer, initialEditorState } from './editorState';
import type { EditorSession } from './session';
import { useEditorActions } from './useEditorActions';
import { useShortcuts } from './useShortcuts';

export interface Editor {
  readonly state: EditorState;
  readonly dispatch: (action: EditorAction) => void;
  readonly actions: EditorActions;
  /** Selects roles (revealing them); a toggle adds or removes one role, as shift-click does. */
  select(ids: string[], options?: { toggle?: boolean }): void;
  /** The latest "show these cards" request as the canvas takes it. */
  readonly focusRequest: { readonly roleIds: string[]; readonly nonce: number } | undefined;
}

/** The editor state of one session: the reducer kept in step with the design, actions and shortcuts. */
export function useEditor(session: EditorSession, design: Design): Editor {
  const [state, dispatch] = useReducer(editorReducer, initialEditorState);
  useEffect(() => dispatch({ type: 'designChanged', design }), [design]);
  const actions = useEditorActions(session, design, state, dispatch);
  useShortcuts(actions.run, true);
  const select = useCallback(
    (ids: string[], options?: { toggle?: boolean }) => {
      if (options?.toggle && ids.length === 1) dispatch({ type: 'toggleSelect', id: ids[0]! });
      else dispatch({ type: 'select', ids, design });
    },
    [design],
  );
  const focusRequest = useMemo(
    () =>
      state.focusRequest
        ? { roleIds: [...state.focusRequest.roleIds], nonce: state.focusRequest.nonce }
        : undefined,
    [state.focusRequest],
  );
  return { state, dispatch, actions, select, focusRequest };
}
