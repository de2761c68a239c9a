import { useSyncExternalStore, type RefObject } from 'react';
import type { OrgCanvasHandle } from '../canvas';
import { useI18n } from '../i18n';
import type { BranchStyle, EditorActions, EditorSession, LayoutOptions } from '../session';

interface ToolbarProps {
  readonly session: EditorSession;
  readonly actions: EditorActions;
  readonly canvas: RefObject<OrgCanvasHandle | null>;
  readonly primary: string | null;
  readonly selectionCount: number;
  readonly layout: LayoutOptions;
  readonly readOnly: boolean;
  onSearch(): void;
  onDirection(direction: 'down' | 'right'): void;
  onBranchStyle(style: BranchStyle): void;
}

/** Whether the session can undo or redo now, re-read whenever its undo stack changes. */
function useUndoState(session: EditorSession): string {
  return useSyncExternalStore(
    (listener) => {
      const manager = session.undoManager;
      const events = ['stack-item-added', 'stack-item-popped', 'stack-cleared'] as const;
      for (const name of events) manager.on(name, listener);
      return () => {
        for (const name of events) manager.off(name, listener);
      };
    },
    () => `${session.undoManager.canUndo()}/${session.undoManager.canRedo()}`,
  );
}

export function Toolbar(props: ToolbarProps) {
  const { session, actions, primary, layout, readOnly } = props;
  const { t } = useI18n();
  const [canUndo, canRedo] = useUndoState(session)
    .split('/')
    .map((flag) => flag === 'true');
  const branch = primary === null ? 'wide' : (layout.branchStyle[primary] ?? 'wide');
  return (
    <div className="toolbar" role="toolbar" aria-label={t('editor.canvas')} data-testid="toolbar">
      {!readOnly && (
        <>
          <button
            type="button"
            className="button small"
            onClick={() => actions.run({ type: 'addSubordinate' })}
            data-testid="add-subordinate"
            title="Tab"
          >
            + {primary === null ? t('editor.addRole') : t('editor.addSubordinate')}
          </button>
          <button
            type="button"
            className="button small"
            disabled={primary === null}
            onClick={() => actions.run({ type: 'addSibling' })}
            data-testid="add-sibling"
            title="Enter"
          >
            + {t('editor.addSibling')}
          </button>
          <button
            type="button"
            className="button small danger"
            disabled={props.selectionCount === 0}
            onClick={() => actions.run({ type: 'delete' })}
            data-testid="delete-role"
            title="Delete"
          >
            {t('editor.deleteRole')}
          </button>
          <span className="toolbar-sep" />
          <button
            type="button"
            className="icon-button"
            disabled={!canUndo}
            onClick={actions.undo}
            aria-label={t('editor.undo')}
            title={`${t('editor.undo')} (Ctrl+Z)`}
            data-testid="undo"
          >
            ↶
          </button>
          <button
            type="button"
            className="icon-button"
            disabled={!canRedo}
            onClick={actions.redo}
            aria-label={t('editor.redo')}
            title={`${t('editor.redo')} (Ctrl+Shift+Z)`}
            data-testid="redo"
          >
            ↷
          </button>
          <span className="toolbar-sep" />
        </>
      )}
      <button
        type="button"
        className="button small"
        onClick={props.onSearch}
        data-testid="open-search"
        title="Ctrl+F"
      >
        {t('editor.search')}
      </button>
      <span className="toolbar-sep" />
      <button
        type="button"
        className="icon-button"
        onClick={() => props.canvas.current?.zoomBy(1 / 1.25)}
        aria-label={t('editor.zoomOut')}
        title={t('editor.zoomOut')}
        data-testid="zoom-out"
      >
        −
      </button>
      <button
        type="button"
        className="icon-button"
        onClick={() => props.canvas.current?.zoomBy(1.25)}
        aria-label={t('editor.zoomIn')}
        title={t('editor.zoomIn')}
        data-testid="zoom-in"
      >
        +
      </button>
      <button
        type="button"
        className="button small"
        onClick={() => props.canvas.current?.fitToScreen()}
        data-testid="zoom-to-fit"
      >
        {t('editor.zoomToFit')}
      </button>
      <button
        type="button"
        className="button small"
        disabled={props.selectionCount === 0}
        onClick={() => props.canvas.current?.zoomToSelection()}
        data-testid="zoom-to-selection"
      >
        {t('editor.zoomToSelection')}
      </button>
      <label className="select-label">
        <span>{t('editor.layout')}</span>
        <select
          value={layout.direction}
          onChange={(event) => props.onDirection(event.target.value as 'down' | 'right')}
          data-testid="layout-direction"
        >
          <option value="down">{t('editor.layoutDown')}</option>
          <option value="right">{t('editor.layoutRight')}</option>
        </select>
      </label>
      <label className="select-label">
        <span>{t('editor.branchStyle')}</span>
        <select
          value={branch}
          disabled={primary === null}
          onChange={(event) => props.onBranchStyle(event.target.value as BranchStyle)}
          data-testid="branch-style"
        >
          <option value="wide">{t('editor.branchWide')}</option>
          <option value="stacked">{t('editor.branchStacked')}</option>
          <option value="condensed">{t('editor.branchCondensed')}</option>
        </select>
      </label>
    </div>
  );
}
