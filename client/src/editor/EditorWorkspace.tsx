import { useRef, useState } from 'react';
import { compareHref } from '../app/route';
import type { OrgCanvasHandle } from '../canvas';
import { OverwriteNotices } from '../conflicts';
import type { ScenarioConnection } from '../connection';
import { ExportButton } from '../export';
import { useI18n } from '../i18n';
import { NamePrompt, useFollow } from '../presence';
import { primarySelection, useDesign, useEditor, useEditorSession } from '../session';
import { UnsavedBanner } from '../status';
import { CanvasSlot } from './CanvasSlot';
import { DeleteDialog } from './DeleteDialog';
import { EditorHeader } from './EditorHeader';
import { FollowBanner } from './FollowBanner';
import { OutlinePanel } from './OutlinePanel';
import { PreviewBanner } from './PreviewBanner';
import { SidePanel } from './SidePanel';
import { Toolbar } from './Toolbar';
import { useForkVersion } from './useForkVersion';
import { usePeople } from './usePeople';
import { useSearchHits } from './useSearchHits';
import { useUnitEdits } from './useUnitEdits';
import { useVersionPreview } from './useVersionPreview';
import { useWatchedConflicts } from './useWatchedConflicts';

interface EditorWorkspaceProps {
  readonly connection: ScenarioConnection;
  readonly workspaceId: string;
  readonly workspaceName: string;
  readonly scenarioId: string;
  readonly scenarioName: string;
  /** The scenario this one was forked from, to compare with; null when it has none. */
  readonly compareWith?: string | null;
  readonly token: string;
  readonly presetName: string | null;
  readonly readOnly: boolean;
}

/**
 * The editor once the doc is there: header, outline left, canvas centre, inspector right. Each concern
 * is a hook of its own; this component only wires them to the panels.
 */
export function EditorWorkspace(props: EditorWorkspaceProps) {
  const { connection, readOnly } = props;
  const { t, locale } = useI18n();
  const liveDesign = useDesign(connection.doc);
  const versions = useVersionPreview(liveDesign);
  const design = versions.design;
  const viewOnly = readOnly || versions.preview !== null;
  const session = useEditorSession(connection.doc, readOnly, viewOnly);
  const { state, dispatch, actions, select, focusRequest } = useEditor(session, design);
  const primary = primarySelection(state);

  const [editingRoleId, setEditingRoleId] = useState<string | null>(null);
  const people = usePeople(connection.awareness, {
    presetName: props.presetName,
    viewer: readOnly,
    selection: state.selection,
    editingRoleId: state.renaming ?? editingRoleId,
  });
  const follow = useFollow(people.presence.peers, people.presence.setViewport);
  useWatchedConflicts(session, connection.awareness, {
    selection: state.selection,
    renaming: state.renaming,
    editingRoleId,
    editingUnit: state.chosenUnit,
  });
  const searchHits = useSearchHits(design, state.search);
  const forkVersion = useForkVersion(props);
  const restore = (chosen: Parameters<typeof versions.restore>[0]) => {
    session.setReadOnly(readOnly);
    versions.restore(chosen, actions.apply);
  };
  const unitEdits = useUnitEdits(actions);
  const canvas = useRef<OrgCanvasHandle>(null);

  return (
    <div className="page editor-page" data-testid="editor" data-readonly={readOnly ? 'true' : 'false'}>
      <EditorHeader
        connection={connection}
        workspaceId={props.workspaceId}
        workspaceName={props.workspaceName}
        token={props.token}
        title={props.scenarioName || liveDesign.name}
        compareHref={
          props.compareWith
            ? compareHref(props.workspaceId, props.compareWith, props.scenarioId, props.token)
            : null
        }
        readOnly={readOnly}
        people={people}
        follow={follow}
        actions={
          <ExportButton
            workspaceId={props.workspaceId}
            scenarioId={props.scenarioId}
            token={props.token}
            name={props.scenarioName || liveDesign.name}
            design={design}
            collapsed={state.collapsed}
            layout={state.layout}
            selection={state.selection}
            canvas={canvas}
            canvasArea={() => document.querySelector<HTMLElement>('[data-testid="canvas-area"]')}
          />
        }
      />
      <Toolbar
        session={session}
        actions={actions}
        design={design}
        canvas={canvas}
        primary={primary}
        chosenUnit={state.chosenUnit}
        selectionCount={state.selection.length}
        layout={state.layout}
        readOnly={viewOnly}
        onSearch={() => dispatch({ type: 'openSearch' })}
        onDirection={(direction) => dispatch({ type: 'setDirection', direction })}
        onBranchStyle={(id, style) => dispatch({ type: 'setBranchStyle', id, style, design })}
        dispatch={dispatch}
      />
      <UnsavedBanner connection={connection} />
      <OverwriteNotices session={session} connection={connection} apply={actions.apply} />
      {versions.preview && (
        <PreviewBanner
          preview={versions.preview}
          canEdit={!readOnly}
          onExit={() => versions.show(null)}
          onRestore={() => versions.preview && restore(versions.preview)}
        />
      )}
      <FollowBanner follow={follow} />
      <div className="editor-body">
        <OutlinePanel
          design={design}
          state={state}
          dispatch={dispatch}
          actions={actions}
          readOnly={viewOnly}
          searchHits={searchHits}
          presence={people.presence.peers}
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
            selectedUnit={state.chosenUnit}
            onSelectUnit={(unitId) => dispatch({ type: 'chooseUnit', unitId, reveal: true })}
            onMoveUnit={actions.moveUnit}
            canMoveUnit={actions.canMoveUnit}
            unitEdits={unitEdits}
            searchHits={searchHits}
            focusRequest={focusRequest}
            layoutOptions={state.layout}
            presence={people.presence.peers}
            onPointerMove={people.presence.setPointer}
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
          chosenUnit={state.chosenUnit}
          unitFocus={state.unitFocus}
          onChooseUnit={(unitId) => dispatch({ type: 'chooseUnit', unitId })}
          versions={{
            workspaceId: props.workspaceId,
            scenarioId: props.scenarioId,
            token: props.token,
            author: people.name ?? '',
            previewing: versions.preview?.version.id ?? null,
            canEdit: !readOnly,
            onPreview: versions.show,
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
      {people.askingName && <NamePrompt onName={people.setName} />}
    </div>
  );
}
