import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n';

export type ToastTone = 'info' | 'success' | 'warning' | 'error';

interface Toast {
  readonly id: number;
  readonly text: string;
  readonly tone: ToastTone;
  /** Stable handle for tests: e.g. "view-only", "move-refused", "conflict". */
  readonly kind: string;
}

interface ToastApi {
  show(text: string, options?: { tone?: ToastTone; kind?: string; durationMs?: number }): void;
}

const ToastContext = createContext<ToastApi | null>(null);

/** Short notices in the corner, announced to screen readers through a polite live region. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<readonly Toast[]>([]);
  const next = useRef(0);
  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((toast) => toast.id !== id)), []);
  const show = useCallback<ToastApi['show']>(
    (text, options = {}) => {
      const id = ++next.current;
      const kind = options.kind ?? 'info';
      setToasts((all) =>
        [
          ...all.filter((toast) => toast.kind !== kind || toast.text !== text),
          { id, text, tone: options.tone ?? 'info', kind },
        ].slice(-4),
      );
      window.setTimeout(() => dismiss(id), options.durationMs ?? 4500);
    },
    [dismiss],
  );
  const api = useMemo(() => ({ show }), [show]);
  return (
    <ToastContext.Provider value={api}>
      {children}
      <ToastRegion toasts={toasts} onDismiss={dismiss} />
    </ToastContext.Provider>
  );
}

function ToastRegion({ toasts, onDismiss }: { toasts: readonly Toast[]; onDismiss(id: number): void }) {
  const { t } = useI18n();
  return (
    <div className="toasts" role="status" aria-live="polite" data-testid="toasts">
      {toasts.map((toast) => (
        <div key={toast.id} className={`toast toast-${toast.tone}`} data-testid={`toast-${toast.kind}`}>
          <span>{toast.text}</span>
          <button
            type="button"
            className="icon-button"
            aria-label={t('common.close')}
            onClick={() => onDismiss(toast.id)}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}

export function useToast(): ToastApi {
  const api = useContext(ToastContext);
  if (!api) throw new Error('useToast outside ToastProvider');
  return api;
}
