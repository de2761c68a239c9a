import { useState } from 'react';
import type { Design } from '@orgcanvas/model';
import type { ViewportInfo } from '../canvas';
import { Link } from '../app/Link';
import { useI18n } from '../i18n';
import { ReadOnlyCanvas, type ViewportRequest } from './ReadOnlyCanvas';
import type { Side } from './useApply';

export interface Pane {
  readonly design: Design;
  readonly name: string;
  readonly editorHref: string;
  readonly marks: readonly { readonly roleId: string; readonly colour: string }[];
  readonly focus: { readonly roleIds: readonly string[]; readonly nonce: number } | undefined;
}

/**
 * The two scenarios next to each other, read-only. Pan and zoom stay in step: a user's pan or zoom in
 * one canvas is sent to the other as a viewport request (requests are not echoed back, so the two
 * never chase each other).
 */
export function SideBySide({ a, b }: { readonly a: Pane; readonly b: Pane }) {
  const { t } = useI18n();
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
        <ReadOnlyCanvas
          design={entry.design}
          marks={entry.marks}
          focus={entry.focus}
          viewportRequest={requests[side]}
          onViewportChange={follow(side)}
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
