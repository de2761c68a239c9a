import { type CSSProperties, useState } from 'react';
import { type Rect, UNIT_PALETTE, type Unit } from '@orgcanvas/model';
import type { CanvasLocale } from './strings.js';
import { CANVAS_STRINGS } from './strings.js';

/** What the chart can do to a unit; the app turns each into a typed operation (and its refusals). */
export interface UnitEdits {
  rename(unitId: string, name: string): void;
  recolour(unitId: string, colour: string): void;
  addSubUnit(unitId: string): void;
  remove(unitId: string): void;
}

const WIDTH = 280;
const panel: CSSProperties = {
  position: 'absolute',
  width: WIDTH,
  maxHeight: 360,
  overflowY: 'auto',
  background: 'rgba(255,255,255,0.98)',
  border: '1px solid #cbd5e1',
  borderRadius: 8,
  boxShadow: '0 2px 8px rgba(15,23,42,0.15)',
  font: '13px system-ui, sans-serif',
  color: '#1e293b',
  padding: '8px 10px',
  zIndex: 1,
};
const button: CSSProperties = { font: 'inherit', padding: '2px 8px', borderRadius: 4, cursor: 'pointer' };

/**
 * The unit picked on the chart, edited where it is: its name, colour, a sub-unit, deleting it, and for
 * a unit card its responsibilities with their numbered duties. In HTML, so it reads at any zoom; `at`
 * is the unit in stage pixels.
 */
export function UnitPanel({
  unit,
  kind,
  at,
  stage,
  locale,
  readOnly,
  edits,
}: {
  unit: Unit;
  kind: 'frame' | 'card';
  at: Rect;
  stage: { width: number; height: number };
  locale: CanvasLocale;
  readOnly: boolean;
  edits: UnitEdits;
}) {
  const strings = CANVAS_STRINGS[locale];
  const [confirming, setConfirming] = useState(false);
  const right = at.x + Math.min(at.width, 400) + 8;
  const left = right + WIDTH > stage.width ? Math.max(8, at.x - WIDTH - 8) : right;
  const top = Math.min(Math.max(8, at.y), Math.max(8, stage.height - 368));
  const stop = (event: { stopPropagation(): void }) => event.stopPropagation();
  return (
    <div
      data-testid="unit-panel"
      data-unit-id={unit.id}
      style={{ ...panel, left, top, borderColor: unit.color }}
      onPointerDown={stop}
      onPointerMove={stop}
      onPointerUp={stop}
      onDoubleClick={stop}
      onWheel={stop}
      onKeyDown={stop}
    >
      <input
        key={unit.name}
        aria-label={strings.unitName}
        data-testid="unit-panel-name"
        defaultValue={unit.name}
        readOnly={readOnly}
        style={{
          font: 'inherit',
          fontWeight: 600,
          width: '100%',
          boxSizing: 'border-box',
          padding: '2px 4px',
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') event.currentTarget.blur();
        }}
        onBlur={(event) => {
          const name = event.currentTarget.value.trim();
          if (name !== '' && name !== unit.name) edits.rename(unit.id, name);
        }}
      />
      {!readOnly ? (
        <>
          <div
            role="radiogroup"
            aria-label={strings.unitColour}
            style={{ display: 'flex', gap: 4, margin: '6px 0' }}
          >
            {UNIT_PALETTE.map((colour) => (
              <button
                key={colour}
                type="button"
                role="radio"
                aria-checked={colour === unit.color}
                aria-label={colour}
                data-testid="unit-panel-colour"
                data-colour={colour}
                onClick={() => edits.recolour(unit.id, colour)}
                style={{
                  width: 18,
                  height: 18,
                  borderRadius: 4,
                  background: colour,
                  border: colour === unit.color ? '2px solid #0f172a' : '1px solid #cbd5e1',
                  cursor: 'pointer',
                }}
              />
            ))}
          </div>
          <div style={{ display: 'flex', gap: 6, flexWrap: 'wrap' }}>
            <button
              type="button"
              style={button}
              data-testid="unit-panel-add"
              onClick={() => edits.addSubUnit(unit.id)}
            >
              + {strings.addSubUnit}
            </button>
            {confirming ? (
              <>
                <span>{strings.confirmDeleteUnit(unit.name)}</span>
                <button
                  type="button"
                  style={{ ...button, color: '#ffffff', background: '#dc2626', border: '1px solid #dc2626' }}
                  data-testid="unit-panel-delete-confirm"
                  onClick={() => edits.remove(unit.id)}
                >
                  {strings.deleteUnit}
                </button>
                <button type="button" style={button} onClick={() => setConfirming(false)}>
                  {strings.cancel}
                </button>
              </>
            ) : (
              <button
                type="button"
                style={{ ...button, color: '#b91c1c' }}
                data-testid="unit-panel-delete"
                onClick={() => setConfirming(true)}
              >
                {strings.deleteUnit}
              </button>
            )}
          </div>
        </>
      ) : null}
      {kind === 'card' ? <Duties unit={unit} empty={strings.noUnitDuties} /> : null}
    </div>
  );
}

/** A unit card's responsibilities and their numbered duties: the card's "职责 n", opened. */
function Duties({ unit, empty }: { unit: Unit; empty: string }) {
  if (unit.responsibilities.length === 0)
    return <div style={{ color: '#64748b', marginTop: 6 }}>{empty}</div>;
  return (
    <div data-testid="unit-duties">
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
