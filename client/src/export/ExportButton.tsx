import { useEffect, useMemo, useState, type RefObject } from 'react';
import type { Design, LayoutOptions, Rect } from '@orgcanvas/model';
import type { ScenarioSummary } from '@orgcanvas/protocol';
import { api } from '../api';
import type { OrgCanvasHandle } from '../canvas';
import { useI18n } from '../i18n';
import { ExportDialog } from './ExportDialog';
import type { ExportContext } from './useExport';

/** The editor's "Export" button and the dialog it opens. */
export function ExportButton(props: {
  readonly workspaceId: string;
  readonly scenarioId: string;
  readonly token: string;
  readonly name: string;
  readonly design: Design;
  readonly collapsed: ReadonlySet<string>;
  readonly layout: LayoutOptions;
  readonly selection: readonly string[];
  readonly canvas: RefObject<OrgCanvasHandle | null>;
  /** The element the chart is drawn in, for the size of the current view. */
  readonly canvasArea: () => HTMLElement | null;
}) {
  const { t, locale } = useI18n();
  const [open, setOpen] = useState(false);
  const [others, setOthers] = useState<readonly ScenarioSummary[]>([]);
  const { workspaceId, token, scenarioId } = props;
  useEffect(() => {
    if (!open) return;
    let live = true;
    api
      .getWorkspace(workspaceId, token)
      .then((w) => live && setOthers(w.scenarios.filter((s) => s.id !== scenarioId)))
      .catch(() => live && setOthers([]));
    return () => {
      live = false;
    };
  }, [open, workspaceId, token, scenarioId]);

  const { canvas, canvasArea } = props;
  const context = useMemo<ExportContext>(
    () => ({
      workspaceId,
      scenarioId,
      token,
      name: props.name,
      locale,
      design: props.design,
      collapsed: props.collapsed,
      layout: props.layout,
      selection: props.selection,
      visible: (): Rect | null => {
        const view = canvas.current?.getViewport();
        const area = canvasArea();
        if (!view || !area) return null;
        const width = area.clientWidth / view.scale;
        const height = area.clientHeight / view.scale;
        return { x: view.centre.x - width / 2, y: view.centre.y - height / 2, width, height };
      },
    }),
    [
      workspaceId,
      scenarioId,
      token,
      props.name,
      locale,
      props.design,
      props.collapsed,
      props.layout,
      props.selection,
      canvas,
      canvasArea,
    ],
  );

  return (
    <>
      <button type="button" className="button" data-testid="export-open" onClick={() => setOpen(true)}>
        {t('export.open')}
      </button>
      {open && <ExportDialog context={context} otherScenarios={others} onClose={() => setOpen(false)} />}
    </>
  );
}
