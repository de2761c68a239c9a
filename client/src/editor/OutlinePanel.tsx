import type { Dispatch } from 'react';
import type { Design } from '@orgcanvas/model';
import { useI18n } from '../i18n';
import { Outline } from '../outline';
import type { EditorAction, EditorActions, EditorState, PeerPresence } from '../session';
import { SearchBar } from './SearchBar';

interface OutlinePanelProps {
  readonly design: Design;
  readonly state: EditorState;
  readonly dispatch: Dispatch<EditorAction>;
  readonly actions: EditorActions;
  readonly readOnly: boolean;
  readonly searchHits: readonly string[];
  readonly presence: readonly PeerPresence[];
  onSelect(ids: string[], options?: { toggle?: boolean }): void;
}

/** The left column: search bar (Ctrl+F) and the outline tree, or the empty state. */
export function OutlinePanel({
  design,
  state,
  dispatch,
  actions,
  readOnly,
  searchHits,
  presence,
  onSelect,
}: OutlinePanelProps) {
  const { t } = useI18n();
  return (
    <aside className="panel outline-panel" aria-label={t('editor.outline')}>
      <div className="panel-heading">
        <h2>{t('editor.outline')}</h2>
        <span className="muted small" data-testid="role-count">
          {t('editor.roleCount', { count: design.roles.length })}
        </span>
      </div>
      {state.search.open && (
        <SearchBar
          query={state.search.query}
          hits={searchHits}
          index={state.search.index}
          onQuery={(query) => dispatch({ type: 'setQuery', query })}
          onStep={(delta) => dispatch({ type: 'stepSearch', delta, hits: searchHits, design })}
          onClose={() => dispatch({ type: 'closeSearch' })}
        />
      )}
      {design.roles.length === 0 ? (
        <div className="empty-outline" data-testid="empty-design">
          <p>{t('editor.emptyDesign')}</p>
          {!readOnly && (
            <button
              type="button"
              className="button primary"
              onClick={actions.addRoot}
              data-testid="add-first-role"
            >
              {t('editor.addFirstRole')}
            </button>
          )}
        </div>
      ) : (
        <Outline
          design={design}
          selection={state.selection}
          collapsed={state.collapsed}
          renaming={state.renaming}
          searchHits={searchHits}
          readOnly={readOnly}
          presence={presence}
          onSelect={onSelect}
          onSetCollapsed={(id, collapsed) => dispatch({ type: 'setCollapsed', id, collapsed })}
          onStartRename={(id) =>
            readOnly ? actions.run({ type: 'rename' }) : dispatch({ type: 'startRename', id })
          }
          onRename={(id, title) => {
            dispatch({ type: 'endRename' });
            if (title !== null) actions.rename(id, title);
            else actions.cancelRename(id);
          }}
          canReparent={actions.canReparent}
          onReparent={actions.reparent}
        />
      )}
    </aside>
  );
}
