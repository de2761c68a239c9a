import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
import { useEffect, useMemo, useState } from 'react';
import {
  ESTIMATE_MEASURE,
  SCENE_FONT,
  type Design,
  type Role,
  type TextMeasure,
  rolesChangedSince,
} from '@orgcanvas/model';

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

const ALWAYS_DRAWN =
  '0123456789 ·…+人职责未分配部门可增设助理 Optional Assistant people person duties duty No unit';

/**
 * Every character a chart's cards may draw, for loading just the font slices they need. Kept per
 * chart and grown by the roles and units it has not seen (the read model keeps unchanged ones the
 * same objects), so an edit costs a look at the roles it changed, not at every title's letters;
 * characters of text since removed stay in, which at most loads a slice more.
 */
class SceneCharacters {
  private readonly seen = new WeakSet<object>();
  private readonly chars = new Set<string>(ALWAYS_DRAWN);
  private text = [...this.chars].join('');
  private lastName: string | null = null;
  private lastRoles: readonly Role[] = [];

  of(design: Design): string {
    const before = this.chars.size;
    for (const role of rolesChangedSince(this.lastRoles, design)) {
      if (this.seen.has(role)) continue;
      this.seen.add(role);
      this.add(role.title);
    }
    this.lastRoles = design.roles;
    for (const unit of design.units) {
      if (this.seen.has(unit)) continue;
      this.seen.add(unit);
      this.add(unit.name);
    }
    if (design.name !== this.lastName) {
      this.lastName = design.name;
      this.add(design.name);
    }
    if (this.chars.size !== before) this.text = [...this.chars].join('');
    return this.text;
  }

  private add(text: string): void {
    for (const ch of text) this.chars.add(ch);
  }
}

/**
 * Loads the font slices a design needs and returns a number that changes when more glyphs have
 * arrived: the scene is rebuilt then, so text measured before the font loaded is measured again.
 */
export function useSceneFont(design: Design): number {
  const [loaded, setLoaded] = useState(0);
  const [characters] = useState(() => new SceneCharacters());
  const text = useMemo(() => characters.of(design), [characters, design]);
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
