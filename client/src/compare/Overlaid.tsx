import { useMemo } from 'react';
import type { Comparison, Design } from '@orgcanvas/model';
import { Link } from '../app/Link';
import { useI18n } from '../i18n';
import { type RoleMarks, canvasMarks } from './marks';
import { overlayDesign } from './overlay';
import { ReadOnlyCanvas } from './ReadOnlyCanvas';

interface OverlaidProps {
  readonly a: Design;
  readonly b: Design;
  readonly comparison: Comparison;
  readonly marks: RoleMarks;
  readonly nameA: string;
  readonly nameB: string;
  readonly hrefB: string;
  /** Roles to focus, by their ids in a and in b. */
  readonly focus: {
    readonly a: readonly string[];
    readonly b: readonly string[];
    readonly nonce: number;
  } | null;
}

/** Both scenarios on one canvas: b's chart, with what a alone has drawn back in, marked as removed. */
export function Overlaid({ a, b, comparison, marks: roleMarks, nameA, nameB, hrefB, focus }: OverlaidProps) {
  const { t } = useI18n();
  const overlay = useMemo(() => overlayDesign(a, b, comparison, roleMarks), [a, b, comparison, roleMarks]);
  const marks = useMemo(() => canvasMarks(overlay.marks), [overlay]);
  const focused = useMemo(() => {
    if (!focus) return undefined;
    const ids = new Set([...focus.b, ...focus.a.map((id) => overlay.idOfA.get(id) ?? id)]);
    return ids.size > 0 ? { roleIds: [...ids], nonce: focus.nonce } : undefined;
  }, [focus, overlay]);
  return (
    <section
      className="compare-pane compare-overlay"
      data-testid="compare-overlay"
      aria-label={t('compare.overlaid', { a: nameA, b: nameB })}
    >
      <header className="compare-pane-head">
        <h2>{t('compare.overlaid', { a: nameA, b: nameB })}</h2>
        <Link href={hrefB} className="button ghost small" data-testid="compare-edit-b">
          {t('compare.openEditor')}
        </Link>
      </header>
      <div className="compare-canvas">
        <ReadOnlyCanvas design={overlay.design} marks={marks} focus={focused} />
      </div>
    </section>
  );
}
