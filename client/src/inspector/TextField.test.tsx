// @vitest-environment jsdom
import { afterEach, expect, it } from 'vitest';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { TextField } from './fields';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | null = null;
let host: HTMLElement | null = null;

afterEach(() => {
  act(() => root?.unmount());
  host?.remove();
});

function mount(commits: string[]) {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  const render = (value: string) =>
    act(() =>
      root!.render(
        <TextField
          label="工作职责"
          value={value}
          readOnly={false}
          testId="purpose"
          onCommit={(text) => commits.push(text)}
        />,
      ),
    );
  return { render, field: () => host!.querySelector<HTMLInputElement>('[data-testid="purpose"]')! };
}

function type(field: HTMLInputElement, text: string) {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  act(() => {
    setter.call(field, text);
    field.setSelectionRange(text.length, text.length);
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

it('shows words someone else types while I am in the field, and keeps them when I type on', () => {
  const commits: string[] = [];
  const { render, field } = mount(commits);
  render('负责网店维护');
  act(() => {
    field().focus();
    field().setSelectionRange(6, 6);
    field().dispatchEvent(new Event('select', { bubbles: true }));
  });

  render('每天负责网店维护');
  expect(field().value).toBe('每天负责网店维护');
  expect(field().selectionStart).toBe(8);

  type(field(), '每天负责网店维护和优化');
  expect(commits).toEqual(['每天负责网店维护和优化']);
});

it('never writes a stale copy over someone else’s words', () => {
  const commits: string[] = [];
  const { render, field } = mount(commits);
  render('处理投诉');
  act(() => field().focus());
  render('处理投诉和纠纷');
  type(field(), '处理投诉和纠纷！');
  expect(commits.at(-1)).toBe('处理投诉和纠纷！');
});
