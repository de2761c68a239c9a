import type { Design, Point } from '@orgcanvas/model';
import type { ViewportInfo } from '../canvas';
import { CanvasSlot } from '../editor/CanvasSlot';
import { useI18n } from '../i18n';

export type ViewportRequest = { readonly centre: Point; readonly scale: number; readonly nonce: number };

const NOTHING: ReadonlySet<string> = new Set();
const NO_IDS: readonly string[] = [];
const LAYOUT = { direction: 'down' as const, branchStyle: {} };
const noop = () => {};
const always = () => ({ ok: true as const });

interface ReadOnlyCanvasProps {
  readonly design: Design;
  readonly marks: readonly { readonly roleId: string; readonly colour: string }[];
  readonly focus: { readonly roleIds: readonly string[]; readonly nonce: number } | undefined;
  readonly viewportRequest?: ViewportRequest | undefined;
  readonly onViewportChange?: (viewport: ViewportInfo) => void;
}

/** A chart of the compare view: drawn fully expanded, never edited here, its changed cards marked. */
export function ReadOnlyCanvas({
  design,
  marks,
  focus,
  viewportRequest,
  onViewportChange,
}: ReadOnlyCanvasProps) {
  const { locale } = useI18n();
  return (
    <CanvasSlot
      design={design}
      locale={locale}
      readOnly
      selection={focus?.roleIds ?? NO_IDS}
      onSelectionChange={noop}
      onReparent={noop}
      canReparent={always}
      onRename={noop}
      collapsed={NOTHING}
      onToggleCollapse={noop}
      searchHits={NO_IDS}
      marks={marks}
      layoutOptions={LAYOUT}
      {...(focus ? { focusRequest: focus } : {})}
      {...(viewportRequest ? { viewportRequest } : {})}
      {...(onViewportChange ? { onViewportChange } : {})}
      minimap="never"
    />
  );
}
