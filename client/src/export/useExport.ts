import { useCallback, useState } from 'react';
import {
  SCENE_MARGIN,
  buildScene,
  sceneText,
  sceneToSVG,
  type Design,
  type LayoutOptions,
  type Rect,
  type Scene,
} from '@orgcanvas/model';
import { ApiError, withToken } from '@orgcanvas/protocol';
import { api } from '../api';
import { layoutOnce } from '../canvas/layoutOnce';
import { canvasMeasure } from '../canvas/sceneFont';
import { cropScene, selectionScene, type ExportScope } from './crop';
import { downloadFrom, saveBlob } from './download';
import { svgToPng } from './raster';

export type ExportFormat = 'png' | 'svg' | 'pptx' | 'json';

export interface ExportRequest {
  readonly scope: ExportScope;
  readonly format: ExportFormat;
  readonly scale: 1 | 2 | 3;
  /** Other scenarios for the deck, in the order chosen, after this one; empty for this one only. */
  readonly withScenarios: readonly string[];
  /** With other scenarios: a comparison slide of each against this one. */
  readonly comparison: boolean;
}

export interface ExportContext {
  readonly workspaceId: string;
  readonly scenarioId: string;
  readonly token: string;
  readonly name: string;
  readonly locale: 'zh' | 'en';
  readonly design: Design;
  readonly collapsed: ReadonlySet<string>;
  readonly layout: LayoutOptions;
  readonly selection: readonly string[];
  /** The part of the chart on screen, in chart units. */
  readonly visible: () => Rect | null;
}

export type ExportStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'working'; readonly done: number; readonly total: number }
  | { readonly kind: 'done'; readonly name: string; readonly scaledTo: number | null }
  | { readonly kind: 'failed'; readonly error: ApiError };

const safeName = (name: string) => name.replace(/[\p{Cc}/\\:*?"<>|]+/gu, '_').trim() || 'orgcanvas';

/**
 * One export at a time: the whole design as SVG, PPTX and JSON comes from the server (font embedded,
 * slides split and glued there); the current view and the selection are cut from the scene here,
 * and PNGs of them are rasterised from the vector drawing, tile by tile, at the chosen scale.
 */
export function useExport(ctx: ExportContext) {
  const [status, setStatus] = useState<ExportStatus>({ kind: 'idle' });

  const run = useCallback(
    async (request: ExportRequest) => {
      setStatus({ kind: 'working', done: 0, total: 0 });
      try {
        const base = `/api/workspaces/${encodeURIComponent(ctx.workspaceId)}`;
        const scenario = `${base}/scenarios/${encodeURIComponent(ctx.scenarioId)}`;
        const lang = `&lang=${ctx.locale}`;
        if (
          request.format === 'json' ||
          request.format === 'pptx' ||
          (request.scope === 'design' && request.format !== 'png')
        ) {
          let url: string;
          if (request.format === 'pptx' && request.withScenarios.length > 0) {
            const ids = [ctx.scenarioId, ...request.withScenarios].map(encodeURIComponent).join(',');
            url = `${withToken(`${base}/export.pptx`, ctx.token)}&scenarios=${ids}${lang}${request.comparison ? '' : '&comparison=0'}`;
          } else url = `${withToken(`${scenario}/export.${request.format}`, ctx.token)}${lang}`;
          const name = await downloadFrom(url, `${safeName(ctx.name)}.${request.format}`);
          setStatus({ kind: 'done', name, scaledTo: null });
          return;
        }
        if (request.scope === 'design') {
          const url = `${withToken(`${scenario}/export.png`, ctx.token)}&scale=${request.scale}${lang}`;
          const name = await downloadFrom(url, `${safeName(ctx.name)}.png`);
          setStatus({ kind: 'done', name, scaledTo: null });
          return;
        }
        const scene = await partScene(ctx, request.scope);
        // The glyphs drawn, from the server (subsetting needs the font file and HarfBuzz), so the file
        // looks the same on a machine without Chinese fonts, as the whole-design export does.
        const { css } = await api.fontSubset(ctx.workspaceId, ctx.token, sceneText(scene));
        const svg = sceneToSVG(scene, css ? { css } : {});
        const size = {
          width: scene.bounds.width + 2 * SCENE_MARGIN,
          height: scene.bounds.height + 2 * SCENE_MARGIN,
        };
        const suffix = request.scope === 'view' ? 'view' : 'selection';
        if (request.format === 'svg') {
          const name = `${safeName(ctx.name)}-${suffix}.svg`;
          saveBlob(new Blob([svg], { type: 'image/svg+xml' }), name);
          setStatus({ kind: 'done', name, scaledTo: null });
          return;
        }
        const png = await svgToPng(svg, size, request.scale, (done, total) =>
          setStatus({ kind: 'working', done, total }),
        );
        const name = `${safeName(ctx.name)}-${suffix}@${request.scale}x.png`;
        saveBlob(png.blob, name);
        setStatus({
          kind: 'done',
          name,
          scaledTo: png.scale < request.scale ? Math.round(png.scale * 100) / 100 : null,
        });
      } catch (error) {
        setStatus({
          kind: 'failed',
          error:
            error instanceof ApiError
              ? error
              : new ApiError(
                  0,
                  'unexpected',
                  error instanceof Error ? error.message : String(error),
                  error instanceof Error ? error.message : String(error),
                ),
        });
      }
    },
    [ctx],
  );
  return { status, run, reset: () => setStatus({ kind: 'idle' }) };
}

async function partScene(ctx: ExportContext, scope: ExportScope): Promise<Scene> {
  const layout = await layoutOnce(ctx.design, ctx.collapsed, ctx.layout);
  const scene = buildScene(ctx.design, layout, {
    locale: ctx.locale,
    collapsed: ctx.collapsed,
    direction: ctx.layout.direction,
    measure: canvasMeasure,
  });
  if (scope === 'selection') {
    const part = selectionScene(scene, ctx.selection);
    if (!part)
      throw new ApiError(0, 'unexpected', 'Select roles on the chart first.', '请先在图上选择岗位。');
    return part;
  }
  const view = ctx.visible();
  return view ? cropScene(scene, view) : scene;
}
