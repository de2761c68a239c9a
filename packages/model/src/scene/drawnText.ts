import type { Primitive, Scene } from './types.js';

/** The characters a scene draws, by weight: what an embedded font subset must hold. */
export interface DrawnText {
  readonly regular: string;
  readonly bold: string;
}

/**
 * Every string a scene draws at its near level of detail (a standalone file is seen up close), by the
 * weight it is drawn in, so a font subset holds exactly the glyphs the file shows.
 */
export function sceneText(scene: Scene): DrawnText {
  const regular: string[] = [];
  const bold: string[] = [];
  const add = (p: Primitive) => {
    if (p.kind === 'text') (p.fontWeight === 'bold' ? bold : regular).push(p.text);
    if (p.kind === 'badge') regular.push(p.text);
  };
  for (const unit of scene.units) unit.primitives.forEach(add);
  for (const card of scene.cards) for (const p of card.primitives) if (p.lod !== 'far') add(p);
  scene.decorations.forEach(add);
  return { regular: regular.join(''), bold: bold.join('') };
}
