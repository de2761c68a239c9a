import { useState } from 'react';
import type { Design } from '@orgcanvas/model';
import type { VersionSummary } from '../api';
import { useI18n } from '../i18n';
import { Inspector } from '../inspector';
import { DesignNotes } from '../notes';
import { NumbersPanel } from '../numbers';
import { UnitManager } from '../units';
import { type VersionPreview, VersionsPanel } from '../versions';
import type { EditorActions } from '../session';

type Tab = 'role' | 'units' | 'notes' | 'numbers' | 'versions';

interface SidePanelProps {
  readonly design: Design;
  readonly selection: readonly string[];
  readonly readOnly: boolean;
  readonly actions: EditorActions;
  readonly versions: {
    readonly workspaceId: string;
    readonly scenarioId: string;
    readonly token: string;
    readonly author: string;
    readonly previewing: string | null;
    readonly canEdit: boolean;
    onPreview(preview: VersionPreview | null): void;
    onRestore(preview: VersionPreview): void;
    onFork(version: VersionSummary): void;
  };
  onSelect(ids: string[]): void;
  onEditing(roleId: string | null): void;
  onEditingUnit(unitId: string | null): void;
}

/** The right column: role details, the unit manager and version history, as tabs. */
export function SidePanel({
  design,
  selection,
  readOnly,
  actions,
  versions,
  onSelect,
  onEditing,
  onEditingUnit,
}: SidePanelProps) {
  const { t } = useI18n();
  const [tab, setTab] = useState<Tab>('role');
  const tabs: [Tab, string][] = [
    ['role', t('editor.inspector')],
    ['units', t('editor.units')],
    ['notes', t('notes.tab')],
    ['numbers', t('numbers.tab')],
    ['versions', t('versions.open')],
  ];
  return (
    <aside className="panel side-panel" aria-label={tabs.find(([id]) => id === tab)![1]}>
      <div className="tabs" role="tablist">
        {tabs.map(([id, label]) => (
          <button
            key={id}
            type="button"
            role="tab"
            className="tab"
            aria-selected={tab === id}
            onClick={() => setTab(id)}
            data-testid={`tab-${id}`}
          >
            {label}
          </button>
        ))}
      </div>
      <div className="side-panel-body" role="tabpanel">
        {tab === 'role' && (
          <Inspector
            design={design}
            selection={selection}
            readOnly={readOnly}
            actions={actions}
            onSelect={onSelect}
            onEditing={onEditing}
          />
        )}
        {tab === 'units' && (
          <UnitManager design={design} readOnly={readOnly} actions={actions} onChosen={onEditingUnit} />
        )}
        {tab === 'notes' && <DesignNotes design={design} readOnly={readOnly} actions={actions} />}
        {tab === 'numbers' && <NumbersPanel design={design} onSelect={onSelect} />}
        {tab === 'versions' && (
          <VersionsPanel
            workspaceId={versions.workspaceId}
            scenarioId={versions.scenarioId}
            token={versions.token}
            readOnly={!versions.canEdit}
            author={versions.author}
            previewing={versions.previewing}
            onPreview={versions.onPreview}
            onRestore={versions.onRestore}
            onFork={versions.onFork}
          />
        )}
      </div>
    </aside>
  );
}
