import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
import { useEffect, useState } from 'react';
import { ESTIMATE_MEASURE, SCENE_FONT, type Design, type TextMeasure } from '@orgcanvas/model';

/*
 * The canvas draws and measures text with Noto Sans SC, loaded as a web font from the same npm
 * package (@fontsource/noto-sans-sc) whose files the exports measure and embed: same font, same
 * advances, so a title is cut at the same place on screen and in the SVG, PNG and slides.
 */

let context: CanvasRenderingContext2D | null | undefined;
function measuringContext(): CanvasRenderingContext2D | null {
  if (context === undefined) {
    // jsdom has no 2D canvas; there the model's estimate stands in.
    try {
      context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
    } catch {
      context = null;
    }
  }
  return context;
}

const cache = new Map<string, number>();

/** Widths from the browser's own text metrics of the loaded font (measureText, as Konva draws it). */
export const canvasMeasure: TextMeasure = {
  width(text, fontSize, bold) {
    const ctx = measuringContext();
    if (!ctx) return ESTIMATE_MEASURE.width(text, fontSize, bold);
    const key = `${bold ? 'b' : 'n'}${text}`;
    let em = cache.get(key);
    if (em === undefined) {
      ctx.font = `${bold ? 'bold' : 'normal'} 100px '${SCENE_FONT}'`;
      em = ctx.measureText(text).width / 100;
      cache.set(key, em);
    }
    return em * fontSize;
  },
};

/** Every character a design's cards may draw, for loading just the font slices they need. */
function charactersOf(design: Design): string {
  const chars = new Set<string>();
  const add = (text: string) => {
    for (const ch of text) chars.add(ch);
  };
  design.roles.forEach((r) => add(r.title));
  design.units.forEach((u) => add(u.name));
  add(design.name);
  add('0123456789 ·…+人职责未分配部门可增设助理 Optional Assistant people person duties duty No unit');
  return [...chars].join('');
}

/**
 * Loads the font slices a design needs and returns a number that changes when more glyphs have
 * arrived: the scene is rebuilt then, so text measured before the font loaded is measured again.
 */
export function useSceneFont(design: Design): number {
  const [loaded, setLoaded] = useState(0);
  const text = charactersOf(design);
  useEffect(() => {
    if (typeof document === 'undefined' || !document.fonts) return;
    let live = true;
    const family = `'${SCENE_FONT}'`;
    void Promise.all([
      document.fonts.load(`15px ${family}`, text),
      document.fonts.load(`bold 15px ${family}`, text),
    ])
      .then(() => {
        if (!live) return;
        cache.clear();
        setLoaded((n) => n + 1);
      })
      .catch(() => {
        // No font (offline first visit): the fallback fonts draw, measured by the same canvas.
      });
    return () => {
      live = false;
    };
  }, [text]);
  return loaded;
}
