import * as Y from 'yjs';
import { nodeOf } from '../doc/schema.js';
import { newId } from '../ids.js';
import type { OpContext } from './context.js';
import type { Operation, OperationOutcome } from './operations.js';
import {
  ENUMS,
  checkDate,
  checkEnum,
  checkLongText,
  checkNewId,
  checkShortText,
  refuse,
  refusals,
} from './refusals.js';
import { setText } from './text.js';

type NoteOperation = Extract<Operation, { type: `note.${string}` }>;

export function applyNoteOperation(context: OpContext, op: NoteOperation): OperationOutcome {
  switch (op.type) {
    case 'note.add': {
      const id = checkNewId(op.id, (candidate) => context.notes.has(candidate)) ?? newId('n');
      const kind = checkEnum(op.kind ?? 'other', ENUMS.noteKind, 'kind');
      const title = checkShortText(op.title, 'title');
      const text = checkLongText(op.text ?? '', 'text');
      const date = checkDate(op.date ?? null);
      const node = new Y.Map<unknown>();
      node.set('kind', kind);
      node.set('title', title);
      node.set('text', new Y.Text(text));
      node.set('date', date);
      node.set('order', context.design.notes.length);
      context.notes.set(id, node);
      return { id };
    }
    case 'note.update': {
      const node = nodeOf(context.notes, op.id) ?? refuse(refusals.unknownNote(op.id));
      const { patch } = op;
      if (patch.kind !== undefined) checkEnum(patch.kind, ENUMS.noteKind, 'kind');
      if (patch.title !== undefined) checkShortText(patch.title, 'title');
      if (patch.text !== undefined) checkLongText(patch.text, 'text');
      if (patch.date !== undefined) checkDate(patch.date);
      if (patch.kind !== undefined) node.set('kind', patch.kind);
      if (patch.title !== undefined) node.set('title', patch.title);
      if (patch.text !== undefined) setText(node, 'text', patch.text);
      if (patch.date !== undefined) node.set('date', patch.date);
      return {};
    }
    case 'note.delete':
      if (!nodeOf(context.notes, op.id)) refuse(refusals.unknownNote(op.id));
      context.notes.delete(op.id);
      return {};
  }
}
