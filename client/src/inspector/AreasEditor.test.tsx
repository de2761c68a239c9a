// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type * as Y from 'yjs';
import { afterEach, beforeAll, expect, it } from 'vitest';
import { readDesign } from '@orgcanvas/model';
import { I18nProvider } from '../i18n';
import { rememberLocale } from '../i18n/locale';
import { EditorSession } from '../session';
import { sampleDoc } from '../test/fixtures';
import { AreasEditor } from './AreasEditor';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | null = null;
let host: HTMLElement | null = null;

beforeAll(() => rememberLocale(window.localStorage, 'en'));

afterEach(() => {
  act(() => root?.unmount());
  host?.remove();
  root = null;
});

const owner = { kind: 'role', id: 'opsm' } as const;

/** The duties of Ops Manager (one area, one item), re-rendered after every change like the editor. */
function mount(doc: Y.Doc) {
  const session = new EditorSession(doc, { userId: 'me', readOnly: false });
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  const render = () => {
    const design = readDesign(doc);
    const role = design.roles.find((candidate) => candidate.id === owner.id)!;
    root!.render(
      <I18nProvider>
        <AreasEditor
          owner={owner}
          areas={role.responsibilities}
          design={design}
          readOnly={false}
          actions={{ apply: (op) => session.apply(op) }}
        />
      </I18nProvider>,
    );
  };
  doc.on('update', () => act(render));
  act(render);
  return { session, picker: () => host!.querySelector<HTMLSelectElement>('[data-testid="item-recipient"]')! };
}

function itemOf(doc: Y.Doc) {
  const role = readDesign(doc).roles.find((candidate) => candidate.id === owner.id)!;
  return { areaId: role.responsibilities[0]!.id, item: role.responsibilities[0]!.items[0]! };
}

const shown = (select: HTMLSelectElement) => select.selectedOptions[0]!;

it('shows a unit recipient by its name, under the units heading', () => {
  const doc = sampleDoc();
  const { session, picker } = mount(doc);
  const { areaId, item } = itemOf(doc);
  act(() => {
    session.apply({ type: 'item.update', owner, areaId, itemId: item.id, patch: { recipient: 'u-ops' } });
  });

  expect(picker().value).toBe('u-ops');
  expect(shown(picker()).textContent).toBe('Operations');
  expect(shown(picker()).parentElement?.getAttribute('label')).toBe('Units');
});

it('offers roles and units under their own headings and writes the unit chosen', () => {
  const doc = sampleDoc();
  const { picker } = mount(doc);
  const groups = [...picker().querySelectorAll('optgroup')].map((group) => ({
    label: group.label,
    options: [...group.querySelectorAll('option')].map((option) => option.textContent),
  }));
  // In the design's order; the item's own role (Ops Manager) is not offered as its recipient.
  expect(groups).toEqual([
    { label: 'Roles', options: ['CEO', 'COO', 'Analyst', 'CFO', 'Accountant', 'Advisor'] },
    { label: 'Units', options: ['Operations'] },
  ]);
  expect(shown(picker()).textContent).toBe('Report to: None');

  act(() => {
    picker().value = 'u-ops';
    picker().dispatchEvent(new Event('change', { bubbles: true }));
  });

  expect(itemOf(doc).item.recipient).toBe('u-ops');
  expect(shown(picker()).textContent).toBe('Operations');
});
