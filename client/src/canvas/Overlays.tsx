import type { CSSProperties } from 'react';
import type { LegendEntry } from '@orgcanvas/model';

const panel: CSSProperties = {
  position: 'absolute',
  background: 'rgba(255,255,255,0.94)',
  border: '1px solid #cbd5e1',
  borderRadius: 6,
  boxShadow: '0 1px 4px rgba(15,23,42,0.12)',
  font: '12px system-ui, sans-serif',
  color: '#1e293b',
  pointerEvents: 'none',
};

/** The full text of a cut-off title, or why a drop is refused, next to the pointer. */
export function Tooltip({
  x,
  y,
  text,
  tone,
}: {
  x: number;
  y: number;
  text: string;
  tone: 'info' | 'refused';
}) {
  return (
    <div
      role="tooltip"
      data-testid="org-canvas-tooltip"
      style={{
        ...panel,
        left: x + 14,
        top: y + 18,
        maxWidth: 320,
        padding: '4px 8px',
        whiteSpace: 'normal',
        overflowWrap: 'anywhere',
        zIndex: 2,
        ...(tone === 'refused' ? { background: '#fef2f2', borderColor: '#dc2626', color: '#991b1b' } : {}),
      }}
    >
      {text}
    </div>
  );
}

const LEGEND_MAX = 12;

/** Unit colours, fixed in the corner so they read at every zoom. */
export function Legend({ entries, title }: { entries: readonly LegendEntry[]; title: string }) {
  if (entries.length === 0) return null;
  const shown = entries.slice(0, LEGEND_MAX);
  return (
    <div
      data-testid="org-canvas-legend"
      aria-label={title}
      style={{ ...panel, left: 12, top: 12, padding: '6px 8px', maxWidth: 220 }}
    >
      <div style={{ fontWeight: 600, marginBottom: 4 }}>{title}</div>
      {shown.map((e) => (
        <div key={e.unitId} style={{ display: 'flex', alignItems: 'center', gap: 6, lineHeight: '18px' }}>
          <span style={{ width: 10, height: 10, borderRadius: 2, background: e.color, flex: 'none' }} />
          <span style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{e.name}</span>
        </div>
      ))}
      {entries.length > LEGEND_MAX ? (
        <div style={{ color: '#64748b' }}>+{entries.length - LEGEND_MAX}</div>
      ) : null}
    </div>
  );
}

/** Layout progress or failure, a line at the top of the canvas. */
export function Notice({ text, tone }: { text: string; tone: 'info' | 'warning' }) {
  return (
    <div
      role="status"
      data-testid="org-canvas-notice"
      style={{
        ...panel,
        left: '50%',
        top: 12,
        transform: 'translateX(-50%)',
        padding: '4px 10px',
        ...(tone === 'warning' ? { background: '#fffbeb', borderColor: '#f59e0b', color: '#92400e' } : {}),
      }}
    >
      {text}
    </div>
  );
}
