import type { CSSProperties } from 'react';
import type { Rect, Unit } from '@orgcanvas/model';

const panel: CSSProperties = {
  position: 'absolute',
  background: 'rgba(255,255,255,0.97)',
  border: '1px solid #cbd5e1',
  borderRadius: 8,
  boxShadow: '0 2px 8px rgba(15,23,42,0.15)',
  font: '13px system-ui, sans-serif',
  color: '#1e293b',
  padding: '8px 10px',
  width: 280,
  maxHeight: 320,
  overflowY: 'auto',
  zIndex: 1,
};

/**
 * A unit card opened on the chart: the unit's responsibilities and their numbered duties beside the
 * card, in HTML so they read at any zoom. `at` is the card in stage pixels.
 */
export function UnitDuties({
  unit,
  at,
  stage,
  empty,
}: {
  unit: Unit;
  at: Rect;
  stage: { width: number; height: number };
  empty: string;
}) {
  const right = at.x + at.width + 8;
  const left = right + 280 > stage.width ? Math.max(8, at.x - 288) : right;
  const top = Math.min(Math.max(8, at.y), Math.max(8, stage.height - 328));
  return (
    <div
      data-testid="unit-duties"
      data-unit-id={unit.id}
      style={{ ...panel, left, top, borderColor: unit.color }}
      onPointerDown={(event) => event.stopPropagation()}
      onWheel={(event) => event.stopPropagation()}
    >
      <div style={{ fontWeight: 600, marginBottom: 4 }}>{unit.name}</div>
      {unit.responsibilities.length === 0 ? <div style={{ color: '#64748b' }}>{empty}</div> : null}
      {unit.responsibilities.map((area, index) => (
        <section key={area.id} style={{ marginTop: 6 }}>
          <div style={{ fontWeight: 600 }}>
            {index + 1}. {area.title}
          </div>
          <ol style={{ margin: '2px 0 0', paddingInlineStart: 20 }}>
            {area.items.map((item) => (
              <li key={item.id} data-testid="unit-duty">
                {item.text}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
