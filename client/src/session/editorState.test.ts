import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyOperation, localOrigin, readDesign } from '@orgcanvas/model';
import { sampleDesign, sampleDoc } from '../test/fixtures';
import { editorReducer, initialEditorState, primarySelection } from './editorState';

const design = sampleDesign();

describe('editorReducer', () => {
  it('selecting a hidden role expands its collapsed ancestors', () => {
    const collapsed = { ...initialEditorState, collapsed: new Set(['ceo', 'coo', 'cfo']) };
    const next = editorReducer(collapsed, { type: 'select', ids: ['opsm'], design });
    expect(next.selection).toEqual(['opsm']);
    expect([...next.collapsed]).toEqual(['cfo']);
  });

  it('shift-toggle builds a multi-selection whose last id is primary', () => {
    let state = editorReducer(initialEditorState, { type: 'select', ids: ['ceo'], design });
    state = editorReducer(state, { type: 'toggleSelect', id: 'cfo' });
    expect(state.selection).toEqual(['ceo', 'cfo']);
    expect(primarySelection(state)).toBe('cfo');
    state = editorReducer(state, { type: 'toggleSelect', id: 'ceo' });
    expect(state.selection).toEqual(['cfo']);
  });

  it('search steps wrap around and focus the hit', () => {
    const hits = ['coo', 'cfo'];
    let state = editorReducer(initialEditorState, { type: 'setQuery', query: 'c' });
    state = editorReducer(state, { type: 'stepSearch', delta: 0, hits, design });
    expect(state.selection).toEqual(['coo']);
    state = editorReducer(state, { type: 'stepSearch', delta: 1, hits, design });
    expect(state.selection).toEqual(['cfo']);
    const nonce = state.focusRequest?.nonce;
    state = editorReducer(state, { type: 'stepSearch', delta: 1, hits, design });
    expect(state.selection).toEqual(['coo']);
    expect(state.focusRequest?.nonce).not.toBe(nonce);
  });

  it('drops a selection and a rename whose role someone else deleted', () => {
    const doc = sampleDoc();
    let state = editorReducer(initialEditorState, {
      type: 'select',
      ids: ['cfo', 'acct'],
      design: readDesign(doc),
    });
    state = editorReducer(state, { type: 'startRename', id: 'acct' });
    applyOperation(doc, { type: 'role.delete', id: 'acct' }, localOrigin('other'));
    state = editorReducer(state, { type: 'designChanged', design: readDesign(doc) });
    expect(state.selection).toEqual(['cfo']);
    expect(state.renaming).toBeNull();
  });

  it('starts a large design collapsed below the second level, a small one expanded', () => {
    const small = editorReducer(initialEditorState, { type: 'designChanged', design });
    expect(small.collapsed.size).toBe(0);
    const doc = new Y.Doc();
    const origin = localOrigin('t');
    applyOperation(doc, { type: 'role.create', id: 'top', title: 'Top' }, origin);
    for (let i = 0; i < 20; i++) {
      applyOperation(doc, { type: 'role.create', id: `m${i}`, title: `M${i}`, reportsTo: 'top' }, origin);
      for (let j = 0; j < 15; j++) {
        applyOperation(
          doc,
          { type: 'role.create', id: `m${i}s${j}`, title: `S${j}`, reportsTo: `m${i}` },
          origin,
        );
      }
    }
    const large = editorReducer(initialEditorState, { type: 'designChanged', design: readDesign(doc) });
    expect(large.collapsed.has('m0')).toBe(true);
    expect(large.collapsed.has('top')).toBe(false);
  });
});
