/** A canvas side browsers still allocate; beyond it the scale is lowered rather than failing. */
export const MAX_SIDE = 16_384;
/** Pixels rasterised per step: a huge image is drawn in tiles so no single draw call blows up. */
const TILE = 4096;

/**
 * An SVG document as a PNG at `scale` pixels per unit, drawn tile by tile from the vector image, so
 * it is as sharp at 3x as at 1x. Returns the blob and the scale actually used.
 */
export async function svgToPng(
  svg: string,
  size: { width: number; height: number },
  scale: number,
  onProgress: (done: number, total: number) => void,
): Promise<{ blob: Blob; scale: number }> {
  const used = Math.min(scale, MAX_SIDE / size.width, MAX_SIDE / size.height);
  const width = Math.max(1, Math.round(size.width * used));
  const height = Math.max(1, Math.round(size.height * used));
  const image = new Image();
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    const cols = Math.ceil(width / TILE);
    const rows = Math.ceil(height / TILE);
    let done = 0;
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        const x = c * TILE;
        const y = r * TILE;
        const w = Math.min(TILE, width - x);
        const h = Math.min(TILE, height - y);
        ctx.save();
        ctx.beginPath();
        ctx.rect(x, y, w, h);
        ctx.clip();
        ctx.drawImage(image, 0, 0, width, height);
        ctx.restore();
        onProgress(++done, cols * rows);
        // Let the page breathe (and the progress show) between tiles.
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
    }
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('the browser could not encode the PNG');
    return { blob, scale: used };
  } finally {
    URL.revokeObjectURL(url);
  }
}
