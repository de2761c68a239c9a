import { useEffect, useState } from 'react';
import { buildScene, sceneToSVG, type Design } from '@orgcanvas/model';
import { layoutOnce } from '../canvas/layoutOnce';
import { canvasMeasure } from '../canvas/sceneFont';

const NO_COLLAPSE: ReadonlySet<string> = new Set();

/**
 * A thumbnail of a design drawn exactly as the editor and the exports draw it: the model's layout
 * and scene, written by the model's SVG writer and shown scaled down as an image.
 */
export function TemplatePreview({ design, label }: { design: Design; label: string }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void layoutOnce(design, NO_COLLAPSE).then((layout) => {
      if (!live) return;
      const svg = sceneToSVG(buildScene(design, layout, { locale: 'zh', measure: canvasMeasure }));
      setSrc(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
    });
    return () => {
      live = false;
    };
  }, [design]);
  return src ? (
    <img className="template-preview" src={src} alt={label} />
  ) : (
    <div className="template-preview" role="img" aria-label={label} />
  );
}
