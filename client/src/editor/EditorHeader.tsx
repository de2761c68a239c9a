import type { ReactNode } from 'react';
import { AppHeader } from '../app/AppHeader';
import { Link } from '../app/Link';
import { workspaceHref } from '../app/route';
import type { ScenarioConnection } from '../connection';
import { useI18n } from '../i18n';
import { type FollowApi, PeopleBar } from '../presence';
import { StatusIndicator } from '../status';
import type { People } from './usePeople';

/** The editor's header: back to the workspace, the scenario's name, the people bar and the status. */
export function EditorHeader(props: {
  readonly connection: ScenarioConnection;
  readonly workspaceId: string;
  readonly workspaceName: string;
  readonly token: string;
  readonly title: string;
  /** The compare view of this scenario against the one it was forked from, if any. */
  readonly compareHref?: string | null;
  readonly readOnly: boolean;
  readonly people: People;
  readonly follow: FollowApi;
  /** Buttons beside the people bar (the export menu). */
  readonly actions?: ReactNode;
}) {
  const { t } = useI18n();
  const { people, follow } = props;
  return (
    <AppHeader
      right={
        <>
          {props.actions}
          <PeopleBar
            selfName={people.name}
            selfColor={people.presence.selfColor}
            selfClientId={people.presence.selfClientId}
            selfViewer={props.readOnly}
            peers={people.presence.peers}
            following={follow.following}
            onFollow={follow.follow}
            onRename={people.askName}
          />
          <StatusIndicator connection={props.connection} />
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
        {props.title || t('common.untitled')}
      </h1>
      {props.compareHref && (
        <Link href={props.compareHref} className="button ghost small" data-testid="editor-compare">
          {t('scenario.compare')}
        </Link>
      )}
      {props.readOnly && (
        <span className="badge" data-testid="view-only-badge">
          {t('editor.viewOnly')}
        </span>
      )}
    </AppHeader>
  );
}
