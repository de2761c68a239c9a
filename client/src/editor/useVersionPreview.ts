import { useCallback, useState } from 'react';
import type { Design, Operation } from '@orgcanvas/model';
import { useToast } from '../app/Toasts';
import { useI18n } from '../i18n';
import type { ApplyResult } from '../session';
import type { VersionPreview } from '../versions';

export interface VersionPreviewState {
  readonly preview: VersionPreview | null;
  /** The design on screen: the previewed version, or the live one. */
  readonly design: Design;
  show(preview: VersionPreview | null): void;
  /** Makes a saved version the live design, as one undoable step of this user's. */
  restore(chosen: VersionPreview, apply: (op: Operation) => ApplyResult): void;
}

/** Previewing a saved version read-only in place of the live design, and restoring it. */
export function useVersionPreview(liveDesign: Design): VersionPreviewState {
  const { t } = useI18n();
  const toast = useToast();
  const [preview, setPreview] = useState<VersionPreview | null>(null);
  const restore = useCallback(
    (chosen: VersionPreview, apply: (op: Operation) => ApplyResult) => {
      setPreview(null);
      const result = apply({ type: 'design.replace', design: chosen.design });
      if (result.ok)
        toast.show(t('versions.restored', { label: chosen.version.label || t('versions.auto') }), {
          tone: 'success',
          kind: 'version-restored',
        });
    },
    [t, toast],
  );
  return { preview, design: preview?.design ?? liveDesign, show: setPreview, restore };
}
