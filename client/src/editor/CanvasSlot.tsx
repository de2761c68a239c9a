import { Component, Suspense, lazy, type ReactNode } from 'react';
import type { OrgCanvasProps } from '../canvas';
import type * as CanvasModule from '../canvas';
import { useI18n } from '../i18n';

/**
 * Where the canvas goes. Loaded lazily in its own chunk, so the outline and inspector never wait for
 * Konva and the layout engine.
 */
let canvasModule: Promise<typeof CanvasModule> | null = null;
const loadCanvas = () => (canvasModule ??= import('../canvas'));
const LazyCanvas = lazy(async () => ({ default: (await loadCanvas()).OrgCanvas }));

/**
 * Starts fetching the canvas chunk without rendering it: the editor page calls this as it opens, so
 * the chunk arrives while the scenario's doc is still on its way instead of after it.
 */
export function preloadCanvas(): void {
  void loadCanvas().catch(() => {
    // The lazy component tries again when it renders, and the boundary shows its failure.
    canvasModule = null;
  });
}

export function CanvasSlot(props: OrgCanvasProps) {
  const { t } = useI18n();
  return (
    <CanvasBoundary fallback={<div className="canvas-placeholder">{t('editor.canvasFailed')}</div>}>
      <Suspense fallback={<div className="canvas-placeholder">{t('editor.canvasLoading')}</div>}>
        <LazyCanvas {...props} />
      </Suspense>
    </CanvasBoundary>
  );
}

/** A canvas crash must not take the outline and inspector down with it: they stay usable. */
class CanvasBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch(error: unknown) {
    console.warn('Canvas failed; the outline and inspector still work', error);
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
