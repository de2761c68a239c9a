import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { AppHeader } from '../app/AppHeader';
import { Link } from '../app/Link';
import { editorHref, navigate, workspaceHref } from '../app/route';
import { useToast } from '../app/Toasts';
import { ApiError, api, type VersionSummary } from '../api';
import { useConflictNotices } from '../conflicts';
import type { ScenarioConnection } from '../connection';
import { useI18n } from '../i18n';
import { NamePrompt, PeopleBar, rememberName, resolveName, useFollow, usePresence } from '../presence';
import { StatusIndicator } from '../status';
import type { VersionPreview } from '../versions';
import { CanvasSlot } from './CanvasSlot';
import type { OrgCanvasHandle } from './canvasContract';
import { DeleteDialog } from './DeleteDialog';
import { OutlinePanel } from './OutlinePanel';
import { PreviewBanner } from './PreviewBanner';
import { SidePanel } from './SidePanel';
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

/** The editor once the doc is there: header, outline left, canvas centre, inspector right. */
export function EditorWorkspace(props: EditorWorkspaceProps) {
  const { connection, readOnly } = props;
  const { t, locale } = useI18n();
  const toast = useToast();
  const doc = connection.doc;
  const [session] = useState(() => new EditorSession(doc, { userId: browserUserId(), readOnly }));
  useEffect(() => () => session.destroy(), [session]);

  const liveDesign = useDesign(doc);
  const [preview, setPreview] = useState<VersionPreview | null>(null);
  const design = preview?.design ?? liveDesign;
  const viewOnly = readOnly || preview !== null;
  useEffect(() => session.setReadOnly(viewOnly), [session, viewOnly]);

  const [state, dispatch] = useReducer(editorReducer, initialEditorState);
  useEffect(() => dispatch({ type: 'designChanged', design }), [design]);
  const actions = useEditorActions(session, design, state, dispatch);
  useShortcuts(actions.run, true);
  const primary = primarySelection(state);

  // Presence: a name asked once, then everyone's pointers, selections and viewports.
  const [name, setName] = useState(() => resolveName(props.presetName));
  const [askingName, setAskingName] = useState(name === null);
  const [editingRoleId, setEditingRoleId] = useState<string | null>(null);
  const [editingUnit, setEditingUnit] = useState<string | null>(null);
  const presence = usePresence(connection.awareness, {
    name,
    viewer: readOnly,
    selection: state.selection,
    editingRoleId: state.renaming ?? editingRoleId,
  });
  const follow = useFollow(presence.peers, presence.setViewport);
  const watchedRoles = useMemo(
    () => [
      ...state.selection,
      ...(state.renaming ? [state.renaming] : []),
      ...(editingRoleId ? [editingRoleId] : []),
    ],
    [state.selection, state.renaming, editingRoleId],
  );
  useConflictNotices(session, connection.awareness, { roles: watchedRoles, unit: editingUnit });

  const searchHits = useMemo(
    () => (state.search.open ? searchRoles(design, state.search.query) : []),
    [design, state.search.open, state.search.query],
  );
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
  const canvas = useRef<OrgCanvasHandle>(null);

  const restore = (chosen: VersionPreview) => {
    setPreview(null);
    session.setReadOnly(readOnly);
    const result = actions.apply({ type: 'design.replace', design: chosen.design });
    if (result.ok)
      toast.show(t('versions.restored', { label: chosen.version.label || t('versions.auto') }), {
        tone: 'success',
        kind: 'version-restored',
      });
  };
  const forkVersion = (version: VersionSummary) => {
    const forkName = t('workspace.forkName', {
      name: version.label || props.scenarioName || t('common.untitled'),
    });
    api
      .createScenario(props.workspaceId, props.token, forkName, {
        kind: 'fork',
        from: props.scenarioId,
        version: version.id,
      })
      .then(
        (created) => navigate(editorHref(props.workspaceId, created.id, props.token)),
        (error: unknown) =>
          toast.show(error instanceof ApiError ? error.localized(locale) : String(error), {
            tone: 'error',
            kind: 'api-error',
          }),
      );
  };

  return (
    <div className="page editor-page" data-testid="editor" data-readonly={readOnly ? 'true' : 'false'}>
      <AppHeader
        right={
          <>
            <PeopleBar
              selfName={name}
              selfColor={presence.selfColor}
              selfViewer={readOnly}
              peers={presence.peers}
              following={follow.following}
              onFollow={follow.follow}
              onRename={() => setAskingName(true)}
            />
            <StatusIndicator connection={connection} />
          </>
        }
      >
        <Link
          href={workspaceHref(props.workspaceId, props.token)}
          className="back-link"
          data-testid="back-to-workspace"
        >
          ← {props.workspaceName || t('editor.backToWorkspace')}
        </Link>
        <h1 className="header-title" data-testid="scenario-name">
          {props.scenarioName || liveDesign.name || t('common.untitled')}
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
        canvas={canvas}
        primary={primary}
        selectionCount={state.selection.length}
        layout={state.layout}
        readOnly={viewOnly}
        onSearch={() => dispatch({ type: 'openSearch' })}
        onDirection={(direction) => dispatch({ type: 'setDirection', direction })}
        onBranchStyle={(style) =>
          primary !== null && dispatch({ type: 'setBranchStyle', id: primary, style })
        }
      />
      {preview && (
        <PreviewBanner
          preview={preview}
          canEdit={!readOnly}
          onExit={() => setPreview(null)}
          onRestore={() => restore(preview)}
        />
      )}
      {follow.followedName && (
        <div className="follow-banner" data-testid="follow-banner">
          {t('presence.following', { name: follow.followedName })}
          <button type="button" className="button small" onClick={() => follow.follow(null)}>
            {t('presence.stopFollowing')}
          </button>
        </div>
      )}
      <div className="editor-body">
        <OutlinePanel
          design={design}
          state={state}
          dispatch={dispatch}
          actions={actions}
          readOnly={viewOnly}
          searchHits={searchHits}
          presence={presence.peers}
          onSelect={select}
        />
        <main
          className="canvas-area"
          aria-label={t('editor.canvas')}
          data-shortcuts
          data-testid="canvas-area"
        >
          <CanvasSlot
            ref={canvas}
            design={design}
            locale={locale}
            readOnly={viewOnly}
            selection={state.selection}
            onSelectionChange={(ids) => dispatch({ type: 'select', ids, design })}
            onReparent={actions.reparent}
            canReparent={actions.canReparent}
            onRename={(id) =>
              viewOnly ? actions.run({ type: 'rename' }) : dispatch({ type: 'startRename', id })
            }
            collapsed={state.collapsed}
            onToggleCollapse={(id) => dispatch({ type: 'toggleCollapse', id })}
            searchHits={searchHits}
            focusRequest={focusRequest}
            layoutOptions={state.layout}
            presence={presence.peers}
            onPointerMove={presence.setPointer}
            viewportRequest={follow.viewportRequest}
            onViewportChange={follow.onViewportChange}
          />
        </main>
        <SidePanel
          design={design}
          selection={state.selection}
          readOnly={viewOnly}
          actions={actions}
          onSelect={select}
          onEditing={setEditingRoleId}
          onEditingUnit={setEditingUnit}
          versions={{
            workspaceId: props.workspaceId,
            scenarioId: props.scenarioId,
            token: props.token,
            author: name ?? '',
            previewing: preview?.version.id ?? null,
            canEdit: !readOnly,
            onPreview: setPreview,
            onRestore: restore,
            onFork: forkVersion,
          }}
        />
      </div>
      {state.pendingDelete && (
        <DeleteDialog
          design={design}
          ids={state.pendingDelete}
          onCancel={() => dispatch({ type: 'cancelDelete' })}
          onConfirm={actions.confirmDelete}
        />
      )}
      {askingName && (
        <NamePrompt
          onName={(chosen) => {
            setName(rememberName(chosen));
            setAskingName(false);
          }}
        />
      )}
    </div>
  );
}
