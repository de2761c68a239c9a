// @vitest-environment jsdom
import fc from 'fast-check';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import * as Y from 'yjs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { applyOperation, localOrigin, readDesign } from '@orgcanvas/model';
import { I18nProvider } from '../i18n';
import { rememberLocale } from '../i18n/locale';
import { translate } from '../i18n/strings';
import { EditorSession } from '../session';
import { DeleteDialog } from './DeleteDialog';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// Printed so a failure can be replayed: set DELETE_DIALOG_SEED to the seed fast-check reports.
const seed = Number(process.env.DELETE_DIALOG_SEED ?? 16021202);
console.info(`DeleteDialog property seed: ${seed}`);

beforeAll(() => {
  // jsdom has no modal dialogs; the dialog only needs to be open to be read.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.open = false;
  };
  rememberLocale(window.localStorage, 'en');
});

afterEach(() => {
  document.body.innerHTML = '';
});

/** A random chart: role i reports to one of the roles before it, or to nobody. Titles are unique. */
function chart(parents: readonly (number | null)[]): Y.Doc {
  const doc = new Y.Doc();
  const origin = localOrigin('setup');
  parents.forEach((parent, index) => {
    const reportsTo = parent === null || index === 0 ? null : `r${parent % index}`;
    applyOperation(doc, { type: 'role.create', id: `r${index}`, title: `Role ${index}`, reportsTo }, origin);
  });
  return doc;
}

/** What the dialog lists, one line per deleted role. */
function dialogLines(doc: Y.Doc, ids: readonly string[]): string[] {
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  act(() =>
    root.render(
      <I18nProvider>
        <DeleteDialog design={readDesign(doc)} ids={ids} onCancel={() => {}} onConfirm={() => {}} />
      </I18nProvider>,
    ),
  );
  const lines = [...host.querySelectorAll('[data-testid="delete-consequences"] li')].map(
    (li) => li.textContent ?? '',
  );
  act(() => root.unmount());
  host.remove();
  return lines;
}

/** What the lines should say, written from what the deletes really did. */
function linesFromOutcome(doc: Y.Doc, ids: readonly string[]): string[] {
  const before = readDesign(doc);
  new EditorSession(doc, { userId: 'me', readOnly: false }).applyAll(
    ids.map((id) => ({ type: 'role.delete', id })),
  );
  const after = new Map(readDesign(doc).roles.map((role) => [role.id, role]));
  const title = (id: string) => before.roles.find((role) => role.id === id)!.title;
  return ids.map((id) => {
    const moved = before.roles.find((role) => role.id === id)!.subordinates.filter((sub) => after.has(sub));
    if (moved.length === 0) return translate('en', 'editor.deleteNoSubs', { title: title(id) });
    const managers = new Set(moved.map((sub) => after.get(sub)!.reportsTo));
    expect(managers.size).toBe(1);
    const manager = [...managers][0]!;
    const names = moved.map(title).join(', ');
    return manager === null
      ? translate('en', 'editor.deleteSubsToRoot', { title: title(id), count: moved.length, names })
      : translate('en', 'editor.deleteSubsToManager', {
          title: title(id),
          count: moved.length,
          names,
          manager: title(manager),
        });
  });
}

describe('DeleteDialog', () => {
  it('says what deleting the selected roles then really does, on random charts', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.nat(), { nil: null }), { minLength: 1, maxLength: 10 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
        (parents, picks) => {
          const doc = chart(parents);
          const ids = [...new Set(picks.map((pick) => `r${pick % parents.length}`))];
          const shown = dialogLines(doc, ids);
          expect(shown).toEqual(linesFromOutcome(doc, ids));
        },
      ),
      { seed, numRuns: 40 },
    );
  });
});
