import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { fromJSON, parseDesign, readDesign, serverOrigin, toJSON, writeDesign } from '@orgcanvas/model';
import { TEMPLATES, templateDesign } from './index.js';

describe.each(TEMPLATES.map((entry) => [entry.id, entry] as const))('template %s', (_id, entry) => {
  it('validates against JSON v1', () => {
    const parsed = parseDesign(entry.design);
    if (!parsed.ok) expect.fail(parsed.error.map((error) => `${error.path}: ${error.message}`).join('\n'));
    expect(parsed.value).toEqual(templateDesign(entry));
  });

  it('loads into a Y.Doc and reads back identical', () => {
    const design = templateDesign(entry);
    const doc = new Y.Doc();
    writeDesign(doc, design, serverOrigin('template'));
    const read = readDesign(doc);
    expect(read).toEqual(design);
    expect(toJSON(read)).toBe(toJSON(design));

    const replica = new Y.Doc();
    Y.applyUpdate(replica, Y.encodeStateAsUpdate(doc));
    expect(readDesign(replica)).toEqual(design);
  });

  it('survives a JSON export and re-import unchanged', () => {
    const design = templateDesign(entry);
    const again = fromJSON(toJSON(design));
    expect(again.ok).toBe(true);
    if (again.ok) expect(again.value).toEqual(design);
  });
});
