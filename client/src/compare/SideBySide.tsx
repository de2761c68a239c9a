import { useState } from 'react';
import type { Design, Point } from '@orgcanvas/model';
import type { ViewportInfo } from '../canvas';
import { Link } from '../app/Link';
import { CanvasSlot } from '../editor/CanvasSlot';
import { useI18n } from '../i18n';
import type { Side } from './useApply';

export interface Pane {
  readonly design: Design;
  readonly name: string;
  readonly editorHref: string;
  readonly marks: readonly { readonly roleId: string; readonly colour: string }[];
  readonly focus: { readonly roleIds: readonly string[]; readonly nonce: number } | undefined;
}

type ViewportRequest = { readonly centre: Point; readonly scale: number; readonly nonce: number };

const NOTHING: ReadonlySet<string> = new Set();
const NO_IDS: readonly string[] = [];
const LAYOUT = { direction: 'down' as const, branchStyle: {} };
const noop = () => {};
const always = () => ({ ok: true as const });

/**
 * The two scenarios next to each other, read-only. Pan and zoom stay in step: a user's pan or zoom in
 * one canvas is sent to the other as a viewport request (requests are not echoed back, so the two
 * never chase each other).
 */
export function SideBySide({ a, b }: { readonly a: Pane; readonly b: Pane }) {
  const { t, locale } = useI18n();
  const [requests, setRequests] = useState<Partial<Record<Side, ViewportRequest>>>({});
  const follow = (from: Side) => (viewport: ViewportInfo) => {
    if (viewport.source !== 'user') return;
    const other: Side = from === 'a' ? 'b' : 'a';
    setRequests((current) => ({
      ...current,
      [other]: { centre: viewport.centre, scale: viewport.scale, nonce: (current[other]?.nonce ?? 0) + 1 },
    }));
  };
  const pane = (side: Side, entry: Pane) => (
    <section className="compare-pane" data-testid={`compare-pane-${side}`} aria-label={entry.name}>
      <header className="compare-pane-head">
        <h2>{entry.name}</h2>
        <Link href={entry.editorHref} className="button ghost small" data-testid={`compare-edit-${side}`}>
          {t('compare.openEditor')}
        </Link>
      </header>
      <div className="compare-canvas">
        <CanvasSlot
          design={entry.design}
          locale={locale}
          readOnly
          selection={entry.focus?.roleIds ?? NO_IDS}
          onSelectionChange={noop}
          onReparent={noop}
          canReparent={always}
          onRename={noop}
          collapsed={NOTHING}
          onToggleCollapse={noop}
          searchHits={NO_IDS}
          marks={entry.marks}
          layoutOptions={LAYOUT}
          {...(entry.focus ? { focusRequest: entry.focus } : {})}
          {...(requests[side] ? { viewportRequest: requests[side] } : {})}
          onViewportChange={follow(side)}
          minimap="never"
        />
      </div>
    </section>
  );
  return (
    <div className="compare-canvases">
      {pane('a', a)}
      {pane('b', b)}
    </div>
  );
}
