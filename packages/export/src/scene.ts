import {
  DEFAULT_LAYOUT_ENGINE,
  DEFAULT_LAYOUT_OPTIONS,
  createLayoutEngine,
  buildScene,
  layoutInput,
  type Design,
  type LayoutEngine,
  type LayoutResult,
  type Scene,
  type SceneLocale,
} from '@orgcanvas/model';
import { fontMeasure } from './font/measure.js';

/** What every export of a design is asked for. */
export interface ExportOptions {
  readonly locale?: SceneLocale;
  /** Above the chart; the design's name unless given (null leaves it out). */
  readonly title?: string | null;
  /** Under the title, as given; none by default. */
  readonly date?: string | null;
  /** The unit legend below the chart; on by default. */
  readonly legend?: boolean;
  /** Roles whose reports are folded away, as on the canvas. */
  readonly collapsed?: ReadonlySet<string>;
}

/** The engine the canvas lays out with by default, so an export places every card where the screen does. */
export const EXPORT_LAYOUT_ENGINE = DEFAULT_LAYOUT_ENGINE;
const engine = createLayoutEngine(EXPORT_LAYOUT_ENGINE);
const measure = fontMeasure();

export async function layoutDesign(
  design: Design,
  collapsed: ReadonlySet<string> = new Set(),
): Promise<LayoutResult> {
  return engine.layout(layoutInput(design, collapsed, DEFAULT_LAYOUT_OPTIONS));
}

/** The design laid out and drawn as the canvas draws it, text measured with the embedded font. */
export async function exportScene(design: Design, options: ExportOptions = {}): Promise<Scene> {
  const collapsed = options.collapsed ?? new Set<string>();
  const layout = await layoutDesign(design, collapsed);
  return sceneOf(design, layout, options);
}

export function sceneOf(design: Design, layout: LayoutResult, options: ExportOptions = {}): Scene {
  return buildScene(design, layout, {
    locale: options.locale ?? 'zh',
    collapsed: options.collapsed ?? new Set<string>(),
    measure,
    title: options.title === undefined ? design.name : options.title,
    date: options.date ?? null,
    legend: options.legend ?? true,
  });
}

export { measure as exportMeasure };

/** A fresh engine of the export's kind (each keeps its own cache). */
export function exportLayoutEngine(): LayoutEngine {
  return createLayoutEngine(EXPORT_LAYOUT_ENGINE);
}
