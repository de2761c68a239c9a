import { useMemo, useRef, type Dispatch } from 'react';
import { type Design, type Operation, checkMove, designIndex, errorMessage } from '@orgcanvas/model';
import { useToast } from '../app/Toasts';
import { useI18n } from '../i18n';
import { isEditingCommand } from './commands';
import type { EditorActions } from './actions';
import { type EditorAction, type EditorState, primarySelection } from './editorState';
import { navigateChart } from './navigation';
import type { ApplyResult, EditorSession } from './session';
import { roots, siblingsOf } from './tree';

/**
 * Turns user intentions into typed operations on the session, and refusals into visible notices.
 * Reads the latest design and state through refs so the returned object is stable across renders.
 */
export function useEditorActions(
  session: EditorSession,
  design: Design,
  state: EditorState,
  dispatch: Dispatch<EditorAction>,
): EditorActions {
  const { t, locale } = useI18n();
  const toast = useToast();
  const latest = useRef({ design, state, t, locale });
  latest.current = { design, state, t, locale };
  // A role just created and not named yet: Escape in its title field takes the creation back.
  const draft = useRef<{ readonly id: string; readonly selection: readonly string[] } | null>(null);

  return useMemo<EditorActions>(() => {
    const viewOnly = () =>
      toast.show(latest.current.t('editor.viewOnlyToast'), { tone: 'warning', kind: 'view-only' });
    const report = (result: ApplyResult): boolean => {
      if (result.ok) return true;
      if (result.viewOnly) viewOnly();
      else
        toast.show(
          latest.current.t('editor.refused', { reason: errorMessage(result.error, latest.current.locale) }),
          {
            tone: 'error',
            kind: 'refused',
          },
        );
      return false;
    };
    const apply = (op: Operation) => {
      const result = session.apply(op);
      report(result);
      return result;
    };
    const createAndRename = (op: Extract<Operation, { type: 'role.create' }>) => {
      // The creation is an undo step of its own: cancelling it must not take an earlier edit along.
      session.undoManager.stopCapturing();
      const result = apply(op);
      if (!result.ok || !result.value.id) return;
      const id = result.value.id;
      draft.current = { id, selection: latest.current.state.selection };
      // The new role is in the doc now; the next render's design has it.
      queueMicrotask(() => {
        dispatch({ type: 'startRename', id });
      });
      dispatch({ type: 'select', ids: [id], design: latest.current.design, focus: true });
    };
    const newTitle = () => latest.current.t('editor.newRole');

    const actions: EditorActions = {
      apply,
      addRoot: () => createAndRename({ type: 'role.create', title: newTitle(), reportsTo: null }),
      addSubordinate: (managerId) => {
        if (managerId !== null) dispatch({ type: 'setCollapsed', id: managerId, collapsed: false });
        createAndRename({ type: 'role.create', title: newTitle(), reportsTo: managerId });
      },
      addSibling: (roleId) => {
        const current = latest.current.design;
        const role = designIndex(current).rolesById.get(roleId);
        if (!role) return;
        const index = siblingsOf(current, role).indexOf(roleId) + 1;
        createAndRename({
          type: 'role.create',
          title: newTitle(),
          reportsTo: role.reportsTo,
          unitId: role.unitId,
          index,
        });
      },
      rename: (roleId, title) => {
        // Whether a title is acceptable is the model's rule: an empty one is refused with its reason.
        const trimmed = title.trim();
        const role = designIndex(latest.current.design).rolesById.get(roleId);
        const naming = draft.current?.id === roleId;
        if (naming) draft.current = null;
        if (!role || trimmed === role.title) return;
        const op: Operation = { type: 'role.update', id: roleId, patch: { title: trimmed } };
        // A new role and its first title are one step to undo.
        report(naming ? session.applyJoined(op) : session.apply(op));
      },
      cancelRename: (roleId) => {
        const created = draft.current;
        if (created?.id !== roleId) return;
        draft.current = null;
        if (!session.discardLastStep()) return;
        dispatch({ type: 'select', ids: [...created.selection], design: latest.current.design, focus: true });
      },
      requestDelete: (ids) => {
        if (session.readOnly) return viewOnly();
        dispatch({ type: 'askDelete', ids });
      },
      confirmDelete: () => {
        const ids = latest.current.state.pendingDelete ?? [];
        dispatch({ type: 'cancelDelete' });
        const results = session.applyAll(ids.map((id) => ({ type: 'role.delete', id })));
        results.forEach(report);
        dispatch({ type: 'clearSelection' });
      },
      canReparent: (roleId, managerId) => {
        if (session.readOnly) return { ok: false, reason: latest.current.t('editor.viewOnlyToast') };
        const check = checkMove(latest.current.design, roleId, managerId);
        return check.ok
          ? { ok: true }
          : { ok: false, reason: errorMessage(check.error, latest.current.locale) };
      },
      reparent: (roleId, managerId) => {
        const result = session.apply({ type: 'role.move', id: roleId, reportsTo: managerId });
        if (result.ok) {
          const byId = designIndex(latest.current.design).rolesById;
          const title = byId.get(roleId)?.title ?? '';
          const manager = managerId === null ? null : (byId.get(managerId)?.title ?? '');
          toast.show(
            manager === null
              ? latest.current.t('editor.movedToRoot', { title })
              : latest.current.t('editor.moved', { title, manager }),
            { tone: 'success', kind: 'moved', durationMs: 2500 },
          );
          return;
        }
        if (result.viewOnly) return viewOnly();
        toast.show(
          latest.current.t('editor.moveRefused', {
            reason: errorMessage(result.error, latest.current.locale),
          }),
          {
            tone: 'error',
            kind: 'move-refused',
          },
        );
      },
      undo: () => {
        if (session.readOnly) return viewOnly();
        if (!session.undo()) toast.show(latest.current.t('editor.nothingToUndo'), { kind: 'undo' });
      },
      redo: () => {
        if (session.readOnly) return viewOnly();
        if (!session.redo()) toast.show(latest.current.t('editor.nothingToRedo'), { kind: 'undo' });
      },
      run: (command) => {
        const { design: current, state: now } = latest.current;
        const primary = primarySelection(now);
        if (isEditingCommand(command) && session.readOnly) return viewOnly();
        switch (command.type) {
          case 'addSubordinate':
            return primary === null ? actions.addRoot() : actions.addSubordinate(primary);
          case 'addSibling':
            return primary === null ? actions.addRoot() : actions.addSibling(primary);
          case 'rename':
            if (primary !== null) dispatch({ type: 'startRename', id: primary });
            return;
          case 'delete':
            return actions.requestDelete(now.selection);
          case 'move': {
            const next = navigateChart(
              current,
              now.collapsed,
              primary,
              command.direction,
              now.layout.direction,
            );
            if (next !== null) dispatch({ type: 'select', ids: [next], design: current, focus: true });
            return;
          }
          case 'clearSelection':
            if (now.search.open) return dispatch({ type: 'closeSearch' });
            return dispatch({ type: 'clearSelection' });
          case 'search':
            return dispatch({ type: 'openSearch' });
          case 'undo':
            return actions.undo();
          case 'redo':
            return actions.redo();
          case 'zoomToSelection':
            return dispatch({
              type: 'focus',
              ids: now.selection.length ? now.selection : roots(current).map((r) => r.id),
            });
        }
      },
    };
    return actions;
  }, [session, dispatch, toast]);
}
