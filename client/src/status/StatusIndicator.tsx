import { useEffect, useState } from 'react';
import { type ConnectionState, type ScenarioConnection, useConnectionState } from '../connection';
import { type MessageKey, useI18n } from '../i18n';

export type IndicatorState = 'online' | 'syncing' | 'offline' | 'readOnly';

/** One word for the header: read-only wins, then the link's state (connecting counts as syncing). */
export function indicatorState(state: ConnectionState, settledUnsaved = state.unsaved): IndicatorState {
  if (state.readOnly) return state.status === 'offline' ? 'offline' : 'readOnly';
  if (state.status === 'connecting') return 'syncing';
  // An edit is unconfirmed for the few milliseconds its echo takes; only a lasting gap is "syncing".
  if (state.status === 'syncing' && state.unsaved && !settledUnsaved) return 'online';
  return state.status;
}

/** True once `value` has stayed true for `ms`; false at once when it turns false. */
function useLasting(value: boolean, ms: number): boolean {
  const [lasting, setLasting] = useState(false);
  useEffect(() => {
    if (!value) {
      setLasting(false);
      return;
    }
    const timer = window.setTimeout(() => setLasting(true), ms);
    return () => window.clearTimeout(timer);
  }, [value, ms]);
  return value && lasting;
}

/** An edit's echo takes milliseconds; only a gap that lasts this long is worth a word. */
const UNSAVED_SETTLE_MS = 1500;

const LABELS: Record<IndicatorState, MessageKey> = {
  online: 'status.online',
  syncing: 'status.syncing',
  offline: 'status.offline',
  readOnly: 'status.readOnly',
};

/** The connection indicator in the header. */
export function StatusIndicator({ connection }: { connection: ScenarioConnection }) {
  const { t } = useI18n();
  const state = useConnectionState(connection);
  const settledUnsaved = useLasting(state.unsaved, UNSAVED_SETTLE_MS);
  const shown = indicatorState(state, settledUnsaved);
  const label = t(LABELS[shown]);
  return (
    <span
      className={`status-indicator status-${shown}`}
      role="status"
      aria-label={t('status.connection', { state: label })}
      data-testid="connection-status"
      data-state={shown}
    >
      <span className="status-dot" aria-hidden="true" />
      {label}
    </span>
  );
}

/**
 * The unsaved-edits notice: a strip of its own in the page's flow, under the toolbar, so it pushes
 * the chart down a line instead of lying over the toolbar's buttons (zoom to fit, layout, style).
 */
export function UnsavedBanner({ connection }: { connection: ScenarioConnection }) {
  const { t } = useI18n();
  const state = useConnectionState(connection);
  const settledUnsaved = useLasting(state.unsaved, UNSAVED_SETTLE_MS);
  if (!(settledUnsaved || (state.unsaved && state.status === 'offline')) || state.readOnly) return null;
  return (
    <div className="unsaved-banner" role="alert" data-testid="unsaved-banner">
      {t('status.unsaved')}
    </div>
  );
}
