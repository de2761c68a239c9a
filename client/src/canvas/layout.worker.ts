/// <reference lib="webworker" />
import { ElkLayoutEngine, type LayoutInput, type LayoutResult } from '@orgcanvas/model';

export interface LayoutRequest {
  readonly id: number;
  readonly key: string;
  readonly input: LayoutInput;
}

export type LayoutReply =
  | { readonly id: number; readonly key: string; readonly ok: true; readonly result: LayoutResult }
  | { readonly id: number; readonly key: string; readonly ok: false; readonly error: string };

// elk.bundled.js decides it *is* ELK's own worker script when `document` is undefined and `self` is
// defined (kieler/elkjs#141): it would take over onmessage and export nothing. It makes that check
// when the engine is constructed, so a placeholder document is present only for that moment.
const scope = globalThis as { document?: unknown };
scope.document = {};
const engine = new ElkLayoutEngine();
delete scope.document;

self.addEventListener('message', (e: MessageEvent<LayoutRequest>) => {
  const { id, key, input } = e.data;
  engine.layout(input).then(
    (result) => self.postMessage({ id, key, ok: true, result } satisfies LayoutReply),
    (error: unknown) => self.postMessage({ id, key, ok: false, error: String(error) } satisfies LayoutReply),
  );
});
