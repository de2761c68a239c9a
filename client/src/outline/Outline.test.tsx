// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { Design } from '@orgcanvas/model';
import { I18nProvider } from '../i18n';
import { sampleDesign } from '../test/fixtures';
import { Outline, type OutlineProps } from './Outline';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | null = null;
let host: HTMLElement | null = null;

afterEach(() => {
  act(() => root?.unmount());
  host?.remove();
  root = null;
});

interface Calls {
  selected: string[][];
  collapsed: [string, boolean][];
  renamed: [string, string | null][];
}

function render(design: Design, overrides: Partial<OutlineProps> = {}): Calls {
  const calls: Calls = { selected: [], collapsed: [], renamed: [] };
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  const props: OutlineProps = {
    design,
    selection: [],
    collapsed: new Set(),
    renaming: null,
    searchHits: [],
    readOnly: false,
    onSelect: (ids) => calls.selected.push(ids),
    onSetCollapsed: (id, collapsed) => calls.collapsed.push([id, collapsed]),
    onStartRename: () => {},
    onRename: (id, title) => calls.renamed.push([id, title]),
    canReparent: () => ({ ok: true }),
    onReparent: () => {},
    ...overrides,
  };
  act(() =>
    root!.render(
      <I18nProvider>
        <Outline {...props} />
      </I18nProvider>,
    ),
  );
  return calls;
}

const items = () => [...document.querySelectorAll<HTMLElement>('[role="treeitem"]')];
const key = (element: Element, name: string) =>
  act(() => {
    element.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true }));
  });

describe('Outline (ARIA tree)', () => {
  it('renders one treeitem per role with level, expanded and a name starting with the title', () => {
    render(sampleDesign(), { selection: ['coo'] });
    expect(document.querySelector('[role="tree"]')).not.toBeNull();
    const rows = items();
    expect(rows).toHaveLength(7);
    const coo = rows.find((row) => row.dataset.roleId === 'coo')!;
    expect(coo.getAttribute('aria-level')).toBe('2');
    expect(coo.getAttribute('aria-expanded')).toBe('true');
    expect(coo.getAttribute('aria-selected')).toBe('true');
    expect(coo.getAttribute('aria-label')?.startsWith('COO')).toBe(true);
    const leaf = rows.find((row) => row.dataset.roleId === 'analyst')!;
    expect(leaf.hasAttribute('aria-expanded')).toBe(false);
  });

  it('has exactly one tab stop, on the selected role', () => {
    render(sampleDesign(), { selection: ['cfo'] });
    const stops = items().filter((row) => row.tabIndex === 0);
    expect(stops.map((row) => row.dataset.roleId)).toEqual(['cfo']);
  });

  it('maps tree keys to selection and expansion', () => {
    const calls = render(sampleDesign(), { selection: ['coo'] });
    const coo = items().find((row) => row.dataset.roleId === 'coo')!;
    key(coo, 'ArrowDown');
    key(coo, 'ArrowLeft');
    key(coo, 'End');
    expect(calls.selected).toEqual([['opsm'], ['advisor']]);
    expect(calls.collapsed).toEqual([['coo', true]]);
  });

  it('renames in place: Enter commits, Escape cancels', () => {
    const calls = render(sampleDesign(), { selection: ['cfo'], renaming: 'cfo' });
    const input = document.querySelector<HTMLInputElement>('[data-testid="rename-input"]')!;
    expect(input).not.toBeNull();
    key(input, 'Escape');
    expect(calls.renamed).toEqual([['cfo', null]]);
  });
});
