import { Component, Suspense, lazy, type ComponentType, type ReactNode } from 'react';
import { useI18n } from '../i18n';
import type { OrgCanvasProps } from './canvasContract';

/**
 * Where the canvas goes. The canvas module is the canvas engineer's and may not have landed yet, so
 * it is found with a glob (empty while it does not exist) and loaded lazily in its own chunk: the
 * outline and inspector never wait for Konva and elkjs.
 */
const modules = import.meta.glob<{ OrgCanvas?: ComponentType<OrgCanvasProps> }>('../canvas/index.ts');
const loader = Object.values(modules)[0];

const LazyCanvas = loader
  ? lazy(async () => {
      const module = await loader();
      return { default: module.OrgCanvas ?? Placeholder };
    })
  : null;

export function CanvasSlot(props: OrgCanvasProps) {
  const { t } = useI18n();
  if (!LazyCanvas) return <Placeholder {...props} />;
  return (
    <CanvasBoundary fallback={<Placeholder {...props} />}>
      <Suspense fallback={<div className="canvas-placeholder">{t('editor.canvasLoading')}</div>}>
        <LazyCanvas {...props} />
      </Suspense>
    </CanvasBoundary>
  );
}

function Placeholder({
  design,
  selection,
  onSelectionChange,
}: Pick<OrgCanvasProps, 'design' | 'selection' | 'onSelectionChange'>) {
  const { t } = useI18n();
  const selected = new Set(selection);
  return (
    <div className="canvas-placeholder" data-testid="canvas-placeholder">
      <p className="muted">{t('editor.canvasPending')}</p>
      <div className="placeholder-cards">
        {design.roles.slice(0, 60).map((role) => (
          <button
            key={role.id}
            type="button"
            tabIndex={-1}
            className={selected.has(role.id) ? 'placeholder-card selected' : 'placeholder-card'}
            onClick={() => onSelectionChange([role.id])}
          >
            {role.title}
          </button>
        ))}
      </div>
    </div>
  );
}

/** A canvas crash must not take the outline and inspector down with it. */
class CanvasBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch(error: unknown) {
    console.warn('Canvas failed; showing the placeholder', error);
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
