import { useState } from 'react';
import { type Design, ancestors, designIndex } from '@orgcanvas/model';
import { useI18n } from '../i18n';
import type { BranchStyle, LayoutOptions } from '../session';

type Scope = 'branch' | 'chart';

/**
 * The branch style and what it applies to: the selected role's branch and everything under it, or
 * the whole chart. With nothing selected it can only be the whole chart.
 */
export function BranchStyleControl({
  design,
  primary,
  layout,
  onChange,
}: {
  design: Design;
  primary: string | null;
  layout: LayoutOptions;
  onChange(id: string | null, style: BranchStyle): void;
}) {
  const { t } = useI18n();
  const [chosen, setChosen] = useState<Scope>('branch');
  const scope: Scope = primary === null ? 'chart' : chosen;
  const value = scope === 'chart' ? chartStyle(design, layout) : effectiveStyle(design, layout, primary!);
  return (
    <>
      <label className="select-label">
        <span>{t('editor.branchStyle')}</span>
        <select
          value={value}
          onChange={(event) =>
            onChange(scope === 'chart' ? null : primary, event.target.value as BranchStyle)
          }
          data-testid="branch-style"
        >
          <option value="wide">{t('editor.branchWide')}</option>
          <option value="stacked">{t('editor.branchStacked')}</option>
          <option value="condensed">{t('editor.branchCondensed')}</option>
        </select>
      </label>
      <select
        aria-label={t('editor.branchScope')}
        value={scope}
        onChange={(event) => setChosen(event.target.value as Scope)}
        data-testid="branch-style-scope"
      >
        <option value="branch" disabled={primary === null}>
          {t('editor.scopeBranch')}
        </option>
        <option value="chart">{t('editor.scopeChart')}</option>
      </select>
    </>
  );
}

/** The style a role's reports get: its own, or the nearest manager's above it, or wide. */
function effectiveStyle(design: Design, layout: LayoutOptions, id: string): BranchStyle {
  for (const candidate of [id, ...ancestors(design, id)]) {
    const style = layout.branchStyle[candidate];
    if (style !== undefined) return style;
  }
  return 'wide';
}

/** The whole chart's style when every top-level branch shares one, else wide. */
function chartStyle(design: Design, layout: LayoutOptions): BranchStyle {
  const styles = new Set(designIndex(design).rootRoles.map((id) => layout.branchStyle[id] ?? 'wide'));
  return styles.size === 1 ? [...styles][0]! : 'wide';
}
