import * as Y from 'yjs';
import type { TransactionOrigin } from '../ops/origin.js';
import type { Design } from '../types.js';
import {
  buildAreas,
  buildCollaborators,
  buildDottedLines,
  buildPay,
  buildStringList,
  pointer,
} from './build.js';
import { SCHEMA_VERSION, metaMap, nextStamp, notesMap, rolesMap, unitsMap } from './schema.js';

/**
 * Replaces the whole content of a doc with a design, in one transaction: loading a template or an
 * imported file, restoring a version. Sibling order is the design's order; every id is kept, so a
 * fork can be compared with its origin role by role. The origin says who wrote it: a user's restore
 * (undoable by that user) or the server's template or import.
 */
export function writeDesign(doc: Y.Doc, design: Design, origin: TransactionOrigin): void {
  doc.transact(() => {
    const stamp = nextStamp(doc);
    const meta = metaMap(doc);
    meta.set('schema', SCHEMA_VERSION);
    meta.set('name', design.name);
    meta.set('description', design.description);

    const units = unitsMap(doc);
    const roles = rolesMap(doc);
    const notes = notesMap(doc);
    for (const container of [units, roles, notes]) {
      for (const key of [...container.keys()]) container.delete(key);
    }

    design.units.forEach((unit, index) => {
      const node = new Y.Map<unknown>();
      node.set('name', unit.name);
      node.set('parentId', pointer(unit.parentId, stamp, doc.clientID));
      node.set('order', index);
      node.set('kind', unit.kind);
      node.set('color', unit.color);
      node.set('performanceCoefficient', unit.performanceCoefficient);
      node.set('notes', new Y.Text(unit.notes));
      node.set('responsibilities', buildAreas(unit.responsibilities));
      units.set(unit.id, node);
    });

    design.roles.forEach((role, index) => {
      const node = new Y.Map<unknown>();
      node.set('title', role.title);
      node.set('unitId', role.unitId);
      node.set('reportsTo', pointer(role.reportsTo, stamp, doc.clientID));
      node.set('order', index);
      node.set('headcount', role.headcount);
      node.set('optional', role.optional);
      node.set('assistant', role.assistant);
      node.set('purpose', new Y.Text(role.purpose));
      node.set('internalCollaborators', buildCollaborators(role.internalCollaborators));
      node.set('externalParties', buildStringList(role.externalParties));
      node.set('responsibilities', buildAreas(role.responsibilities));
      node.set('additionalDuties', buildStringList(role.additionalDuties));
      node.set('workingTime', role.workingTime);
      node.set('pay', buildPay(role.pay));
      node.set('noPay', role.noPay);
      node.set('dottedLines', buildDottedLines(role.dottedLines));
      node.set('notes', new Y.Text(role.notes));
      roles.set(role.id, node);
    });

    design.notes.forEach((note, index) => {
      const node = new Y.Map<unknown>();
      node.set('kind', note.kind);
      node.set('title', note.title);
      node.set('text', new Y.Text(note.text));
      node.set('date', note.date);
      node.set('order', index);
      notes.set(note.id, node);
    });
  }, origin);
}
