import { beforeAll, expect, it } from 'vitest';
import { type Person, editorUrl, openEditor, setUpJourney } from '../src/index.js';

/**
 * A link leaked, so an editor replaces the workspace's links. Whoever is still on an old link (an
 * editor in Chinese, a viewer in English) is told the link was replaced, on the open page and on a
 * reload, instead of a broken editor; the new link opens the scenario again.
 */
const journey = setUpJourney({
  workspace: '换链接',
  template: 'ecommerce-department-position-descriptions',
  people: [
    { name: '王芳', locale: 'zh-CN' },
    { name: 'Viewer', locale: 'en-US', viewer: true },
  ],
});
let editor: Person;
let viewer: Person;
let newEditToken = '';
beforeAll(() => {
  [editor, viewer] = journey.people as [Person, Person];
});

it('an editor replaces the links from the workspace page and lands on the new edit link', async () => {
  const { app, workspace } = journey;
  const page = await editor.context.newPage();
  await page.goto(`${app.url}/w/${workspace.id}?token=${workspace.editToken}`);
  await page.getByTestId('replace-links').waitFor();
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByTestId('replace-links-button').click();
  await expect.poll(() => new URL(page.url()).searchParams.get('token')).not.toBe(workspace.editToken);
  newEditToken = new URL(page.url()).searchParams.get('token') ?? '';
  expect(newEditToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
  await expect.poll(() => page.getByTestId('edit-link').inputValue()).toContain(`token=${newEditToken}`);
  await page.close();
});

it('the people still on the old links are told the link was replaced, in their language', async () => {
  await editor.page.getByTestId('editor-error').waitFor();
  expect(await editor.page.getByTestId('editor-error').innerText()).toContain('此链接已被替换');
  await viewer.page.getByTestId('editor-error').waitFor();
  expect(await viewer.page.getByTestId('editor-error').innerText()).toContain('This link was replaced');
  await viewer.screenshot('link-replaced');
});

it('a reload of an old link still explains it, and the new link opens the scenario', async () => {
  await viewer.page.reload();
  await viewer.page.getByTestId('editor-error').waitFor();
  expect(await viewer.page.getByTestId('editor-error').innerText()).toContain('This link was replaced');
  const { app, workspace, scenarioId } = journey;
  await openEditor(
    editor.page,
    editorUrl(app.url, workspace, scenarioId, { token: newEditToken, name: '王芳' }),
  );
  expect(await editor.page.getByRole('tree').getByRole('treeitem').count()).toBeGreaterThan(0);
});

it('left no uncaught error in any page (the refused old links answer 401, which is the point)', () => {
  for (const person of journey.people) {
    expect(person.errors.filter((error) => !/status of 401/.test(error))).toEqual([]);
  }
});
