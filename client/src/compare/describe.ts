import type { Change, Design } from '@orgcanvas/model';
import type { MessageKey } from '../i18n';
import type { Mark } from './marks';

/** A change as one line of the list: the message, its values, and the mark it is drawn with. */
export interface ChangeLine {
  readonly key: MessageKey;
  readonly params: Readonly<Record<string, string | number>>;
  readonly mark: Mark;
}

const MARK_OF: Partial<Record<Change['kind'], Mark>> = {
  added: 'new',
  'unit-added': 'new',
  'note-added': 'new',
  removed: 'closed',
  'unit-removed': 'closed',
  'note-removed': 'closed',
  moved: 'moved',
  'moved-unit': 'moved',
  'unit-reparented': 'moved',
};

/**
 * What a change says, in words. A change's values are b's side (a's ids, or b's for what only b has),
 * so a name is b's when b has it ("now reports to" its new name), else a's.
 */
export function describeChange(change: Change, a: Design, b: Design, topLabel: string): ChangeLine {
  const roleName = (id: string | null) =>
    id === null
      ? topLabel
      : (b.roles.find((role) => role.id === id)?.title ??
        a.roles.find((role) => role.id === id)?.title ??
        id);
  const unitName = (id: string | null) =>
    id === null
      ? topLabel
      : (b.units.find((unit) => unit.id === id)?.name ?? a.units.find((unit) => unit.id === id)?.name ?? id);
  const mark = MARK_OF[change.kind] ?? 'changed';
  const line = (params: Record<string, string | number>): ChangeLine => ({
    key: `change.${change.kind}` as MessageKey,
    params,
    mark,
  });
  switch (change.kind) {
    case 'moved':
      return line({ title: change.title, to: roleName(change.after) });
    case 'moved-unit':
      return line({ title: change.title, to: unitName(change.after) });
    case 'renamed':
      return line({ title: change.title, before: change.before });
    case 'headcount-changed':
      return line({ title: change.title, before: change.before, after: change.after });
    case 'duties-changed':
    case 'unit-duties-changed':
      return line({ title: 'title' in change ? change.title : change.name, count: change.duties.length });
    case 'unit-renamed':
      return line({ title: change.name, before: change.before });
    case 'unit-reparented':
      return line({ title: change.name, to: unitName(change.after) });
    case 'unit-coefficient-changed':
      return line({ title: change.name, before: change.before ?? '1', after: change.after ?? '1' });
    case 'note-added':
      return line({ title: change.note.title });
    case 'note-removed':
    case 'note-changed':
      return line({ title: change.title });
    default:
      return line({ title: 'title' in change ? change.title : change.name });
  }
}
