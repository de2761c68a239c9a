import { useCallback, useEffect, useMemo, useReducer, useState } from 'react';
import { AppHeader } from '../app/AppHeader';
import { Link } from '../app/Link';
import { workspaceHref } from '../app/route';
import type { ScenarioConnection } from '../connection';
import { useI18n } from '../i18n';
import { Inspector } from '../inspector';
import { Outline } from '../outline';
import { StatusIndicator } from '../status';
import { UnitManager } from '../units';
import { CanvasSlot } from './CanvasSlot';
import { DeleteDialog } from './DeleteDialog';
import { SearchBar } from './SearchBar';
import { Toolbar } from './Toolbar';
import { editorReducer, initialEditorState, primarySelection } from './editorState';
import { browserUserId } from './identity';
import { searchRoles } from './search';
import { EditorSession } from './session';
import { useDesign } from './useDesign';
import { useEditorActions } from './useEditorActions';
import { useShortcuts } from './useShortcuts';

interface EditorWorkspaceProps {
  readonly connection: ScenarioConnection;
  readonly workspaceId: string;
  readonly workspaceName: string;
  readonly scenarioId: string;
  readonly scenarioName: string;
  readonly token: string;
  readonly presetName: string | null;
  readonly readOnly: boolean;
}

type SidePanel = 'role' | 'units';

/** The editor once the doc is there: header, outline left, canvas centre, inspector right. */
export function EditorWorkspace(props: EditorWorkspaceProps) {
  const { connection, readOnly } = props;
  const { t, locale } = useI18n();
  const doc = connection.doc;
  const [session] = useState(() => new EditorSession(doc, { userId: browserUserId(), readOnly }));
  useEffect(() => session.setReadOnly(readOnly), [session, readOnly]);
  useEffect(() => () => session.destroy(), [session]);

  const design = useDesign(doc);
  const [state, dispatch] = useReducer(editorReducer, initialEditorState);
  useEffect(() => dispatch({ type: 'designChanged', design }), [design]);
  const actions = useEditorActions(session, design, state, dispatch);
  useShortcuts(actions.run, true);

  const [panel, setPanel] = useState<SidePanel>('role');
  const searchHits = useMemo(
    () => (state.search.open ? searchRoles(design, state.search.query) : []),
    [design, state.search.open, state.search.query],
  );
  const primary = primarySelection(state);

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

  return (
    <div className="page editor-page" data-testid="editor" data-readonly={readOnly ? 'true' : 'false'}>
      <AppHeader right={<StatusIndicator connection={connection} />}>
        <Link
          href={workspaceHref(props.workspaceId, props.token)}
          className="back-link"
          data-testid="back-to-workspace"
        >
          ← {props.workspaceName || t('editor.backToWorkspace')}
        </Link>
        <h1 className="header-title" data-testid="scenario-name">
          {props.scenarioName || design.name || t('common.untitled')}
        </h1>
        {readOnly && (
          <span className="badge" data-testid="view-only-badge">
            {t('editor.viewOnly')}
          </span>
        )}
      </AppHeader>
      <Toolbar
        session={session}
        actions={actions}
        primary={primary}
        selectionCount={state.selection.length}
        layout={state.layout}
        readOnly={readOnly}
        onSearch={() => dispatch({ type: 'openSearch' })}
        onDirection={(direction) => dispatch({ type: 'setDirection', direction })}
        onBranchStyle={(style) =>
          primary !== null && dispatch({ type: 'setBranchStyle', id: primary, style })
        }
        onZoomToSelection={() => actions.run({ type: 'zoomToSelection' })}
      />
      <div className="editor-body">
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
              onSelect={select}
              onSetCollapsed={(id, collapsed) => dispatch({ type: 'setCollapsed', id, collapsed })}
              onStartRename={(id) =>
                readOnly ? actions.run({ type: 'rename' }) : dispatch({ type: 'startRename', id })
              }
              onRename={(id, title) => {
                dispatch({ type: 'endRename' });
                if (title !== null) actions.rename(id, title);
              }}
              canReparent={actions.canReparent}
              onReparent={actions.reparent}
            />
          )}
        </aside>
        <main
          className="canvas-area"
          aria-label={t('editor.canvas')}
          data-shortcuts
          data-testid="canvas-area"
        >
          <CanvasSlot
            design={design}
            locale={locale}
            readOnly={readOnly}
            selection={state.selection}
            onSelectionChange={(ids) => dispatch({ type: 'select', ids, design })}
            onReparent={actions.reparent}
            canReparent={actions.canReparent}
            onRename={(id) =>
              readOnly ? actions.run({ type: 'rename' }) : dispatch({ type: 'startRename', id })
            }
            collapsed={state.collapsed}
            onToggleCollapse={(id) => dispatch({ type: 'toggleCollapse', id })}
            searchHits={searchHits}
            focusRequest={focusRequest}
            layoutOptions={state.layout}
          />
        </main>
        <aside
          className="panel side-panel"
          aria-label={panel === 'role' ? t('editor.inspector') : t('units.title')}
        >
          <div className="tabs" role="tablist">
            <button
              type="button"
              role="tab"
              className="tab"
              aria-selected={panel === 'role'}
              onClick={() => setPanel('role')}
              data-testid="tab-inspector"
            >
              {t('editor.inspector')}
            </button>
            <button
              type="button"
              role="tab"
              className="tab"
              aria-selected={panel === 'units'}
              onClick={() => setPanel('units')}
              data-testid="tab-units"
            >
              {t('editor.units')}
            </button>
          </div>
          <div className="side-panel-body" role="tabpanel">
            {panel === 'role' && (
              <Inspector
                design={design}
                selection={state.selection}
                readOnly={readOnly}
                actions={actions}
                onSelect={select}
              />
            )}
            {panel === 'units' && <UnitManager design={design} readOnly={readOnly} actions={actions} />}
          </div>
        </aside>
      </div>
      {state.pendingDelete && (
        <DeleteDialog
          design={design}
          ids={state.pendingDelete}
          onCancel={() => dispatch({ type: 'cancelDelete' })}
          onConfirm={actions.confirmDelete}
        />
      )}
    </div>
  );
}
