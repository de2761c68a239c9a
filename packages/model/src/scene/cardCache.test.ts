import { describe, expect, it } from 'vitest';
import { layoutInput } from '../layout/input.js';
import { sampleDesign } from '../layout/testDesign.js';
import { TidyLayoutEngine } from '../layout/tidy.js';
import { buildScene } from './build.js';

describe('scene cards shared between edits', () => {
  it('draws again only the card whose role changed', () => {
    const engine = new TidyLayoutEngine();
    const design = sampleDesign();
    const first = buildScene(design, engine.layoutSync(layoutInput(design, new Set())), { locale: 'zh' });
    const renamed = {
      ...design,
      roles: design.roles.map((r) => (r.id === 'cs1' ? { ...r, title: '新标题' } : r)),
    };
    const second = buildScene(renamed, engine.layoutSync(layoutInput(renamed, new Set())), { locale: 'zh' });
    const changed = second.cards.filter((c, i) => c !== first.cards[i]).map((c) => c.roleId);
    expect(changed).toEqual(['cs1']);
    expect(JSON.stringify(second.cards.find((c) => c.roleId === 'cs1'))).toContain('新标题');
    // Another language is another drawing of every card.
    const english = buildScene(renamed, engine.layoutSync(layoutInput(renamed, new Set())), { locale: 'en' });
    expect(english.cards.every((c, i) => c !== second.cards[i])).toBe(true);
  });
});
