import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { readDesign } from '../read/readDesign.js';
import { attempt, must, smallOrg } from '../test/fixtures.js';

/** Replicas of one org that exchange everything they hold, in both directions. */
function replicas(count: number, prepare: (doc: Y.Doc) => void = () => {}): Y.Doc[] {
  const base = smallOrg();
  prepare(base);
  return Array.from({ length: count }, () => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(base));
    return doc;
  });
}

function sync(docs: readonly Y.Doc[]): void {
  const updates = docs.map((doc) => Y.encodeStateAsUpdate(doc));
  for (const doc of docs) for (const update of updates) Y.applyUpdate(doc, update);
}

const owner = { kind: 'role', id: 'os' } as const;
const role = (doc: Y.Doc, id = 'os') => readDesign(doc).roles.find((entry) => entry.id === id)!;
const items = (doc: Y.Doc) => role(doc).responsibilities[0]!.items.map((item) => `${item.id}:${item.text}`);

function withItems(doc: Y.Doc): void {
  must(doc, { type: 'area.add', owner, id: 'a1', title: '日常' });
  must(doc, { type: 'area.add', owner, id: 'a2', title: '售后' });
  for (const id of ['x', 'y', 'z']) must(doc, { type: 'item.add', owner, areaId: 'a1', id, text: id });
}

describe('ordered areas and items', () => {
  it('keeps an edit someone makes to an item another person moves at the same time', () => {
    const [mover, editor] = replicas(2, withItems);
    must(mover!, { type: 'item.move', owner, areaId: 'a1', itemId: 'z', index: 0 });
    must(editor!, { type: 'item.update', owner, areaId: 'a1', itemId: 'z', patch: { text: '整理订单' } });
    sync([mover!, editor!]);
    expect(items(mover!)).toEqual(['z:整理订单', 'x:x', 'y:y']);
    expect(readDesign(editor!)).toEqual(readDesign(mover!));
  });

  it('leaves an item moved by two people at once in one place on every replica, and a third edit kept', () => {
    const [first, second, third] = replicas(3, withItems);
    must(first!, { type: 'item.move', owner, areaId: 'a1', itemId: 'x', index: 2 });
    must(second!, { type: 'item.move', owner, areaId: 'a1', itemId: 'x', index: 1 });
    must(third!, { type: 'item.update', owner, areaId: 'a1', itemId: 'x', patch: { text: '首项' } });
    sync([first!, second!, third!]);
    const result = items(first!);
    expect(result.filter((entry) => entry.startsWith('x:'))).toEqual(['x:首项']);
    expect(result).toHaveLength(3);
    expect(items(second!)).toEqual(result);
    expect(items(third!)).toEqual(result);
    // The copy shown can be edited and deleted: its id is the stored one.
    must(third!, { type: 'item.delete', owner, areaId: 'a1', itemId: 'x' });
    expect(items(third!)).toEqual(['y:y', 'z:z']);
  });

  it('lets a delete win over a concurrent move, on every replica', () => {
    const [mover, remover] = replicas(2, withItems);
    must(mover!, { type: 'item.move', owner, areaId: 'a1', itemId: 'y', index: 0 });
    must(mover!, { type: 'area.move', owner, areaId: 'a2', index: 0 });
    must(remover!, { type: 'item.delete', owner, areaId: 'a1', itemId: 'y' });
    must(remover!, { type: 'area.delete', owner, areaId: 'a2' });
    sync([mover!, remover!]);
    expect(items(mover!)).toEqual(['x:x', 'z:z']);
    expect(role(mover!).responsibilities.map((area) => area.id)).toEqual(['a1']);
    expect(readDesign(remover!)).toEqual(readDesign(mover!));
  });

  it('orders two items added at the same place at once by id, and can still insert between them', () => {
    const [left, right] = replicas(2, withItems);
    must(left!, { type: 'item.add', owner, areaId: 'a1', id: 'q', text: '左', index: 1 });
    must(right!, { type: 'item.add', owner, areaId: 'a1', id: 'p', text: '右', index: 1 });
    sync([left!, right!]);
    expect(items(left!)).toEqual(['x:x', 'p:右', 'q:左', 'y:y', 'z:z']);
    expect(items(right!)).toEqual(items(left!));
    must(left!, { type: 'item.add', owner, areaId: 'a1', id: 'm', text: '中', index: 2 });
    expect(items(left!)).toEqual(['x:x', 'p:右', 'm:中', 'q:左', 'y:y', 'z:z']);
    must(left!, { type: 'item.move', owner, areaId: 'a1', itemId: 'z', index: 2 });
    expect(items(left!)).toEqual(['x:x', 'p:右', 'z:z', 'm:中', 'q:左', 'y:y']);
  });

  it('moves areas of a unit without touching their items', () => {
    const [left, right] = replicas(2, (doc) => {
      const unit = { kind: 'unit', id: 'ops' } as const;
      must(doc, { type: 'area.add', owner: unit, id: 'u1', title: '营销' });
      must(doc, { type: 'area.add', owner: unit, id: 'u2', title: '推广' });
      must(doc, { type: 'item.add', owner: unit, areaId: 'u1', id: 'k', text: '策划促销' });
    });
    const unit = { kind: 'unit', id: 'ops' } as const;
    must(left!, { type: 'area.move', owner: unit, areaId: 'u1', index: 1 });
    must(right!, {
      type: 'item.update',
      owner: unit,
      areaId: 'u1',
      itemId: 'k',
      patch: { text: '策划大促' },
    });
    must(right!, { type: 'area.update', owner: unit, areaId: 'u1', title: '营销策划' });
    sync([left!, right!]);
    const areas = readDesign(left!).units.find((entry) => entry.id === 'ops')!.responsibilities;
    expect(areas.map((area) => [area.title, area.items.map((item) => item.text)])).toEqual([
      ['推广', []],
      ['营销策划', ['策划大促']],
    ]);
  });
});

describe('list fields', () => {
  it('keeps both entries when two people add to a list at once', () => {
    const [left, right] = replicas(2);
    must(left!, { type: 'role.update', id: 'os', patch: { externalParties: ['甲'] } });
    must(right!, { type: 'role.update', id: 'os', patch: { externalParties: ['乙'] } });
    must(left!, { type: 'list.add', id: 'os', field: 'additionalDuties', value: '值班' });
    must(right!, { type: 'list.add', id: 'os', field: 'additionalDuties', value: '盘点' });
    must(left!, {
      type: 'role.update',
      id: 'os',
      patch: { internalCollaborators: [{ kind: 'unit', id: 'ops' }] },
    });
    must(right!, {
      type: 'role.update',
      id: 'os',
      patch: { internalCollaborators: [{ kind: 'role', id: 'cs' }] },
    });
    sync([left!, right!]);
    expect([...role(left!).externalParties].sort()).toEqual(['乙', '甲']);
    expect([...role(left!).additionalDuties].sort()).toEqual(['值班', '盘点']);
    expect(role(left!).internalCollaborators).toHaveLength(2);
    expect(readDesign(right!)).toEqual(readDesign(left!));
  });

  it('keeps a concurrent addition when someone else removes, edits or reorders other entries', () => {
    const [left, right] = replicas(2, (doc) =>
      must(doc, { type: 'role.update', id: 'os', patch: { externalParties: ['客户', '快递', '平台'] } }),
    );
    // What the inspector sends: the whole list after one change.
    must(left!, { type: 'role.update', id: 'os', patch: { externalParties: ['客户', '平台'] } });
    must(left!, { type: 'role.update', id: 'os', patch: { externalParties: ['平台', '客户'] } });
    must(right!, {
      type: 'role.update',
      id: 'os',
      patch: { externalParties: ['客户', '快递公司', '平台', '供应商'] },
    });
    sync([left!, right!]);
    // 快递公司 replaced 快递 in place: removed there, it is still kept as the new words.
    expect(role(left!).externalParties).toEqual(['平台', '客户', '快递公司', '供应商']);
    expect(readDesign(right!)).toEqual(readDesign(left!));
  });

  it('edits, moves and removes one entry by its place, refusing a place that is not there', () => {
    const [doc] = replicas(1);
    for (const value of ['一', '二', '三'])
      must(doc!, { type: 'list.add', id: 'os', field: 'additionalDuties', value });
    must(doc!, { type: 'list.edit', id: 'os', field: 'additionalDuties', index: 1, value: '贰' });
    must(doc!, { type: 'list.move', id: 'os', field: 'additionalDuties', index: 2, to: 0 });
    must(doc!, { type: 'list.remove', id: 'os', field: 'additionalDuties', index: 1 });
    expect(role(doc!).additionalDuties).toEqual(['三', '贰']);
    const missing = attempt(doc!, { type: 'list.remove', id: 'os', field: 'additionalDuties', index: 5 });
    expect(!missing.ok && missing.error.messageZh).toContain('第 5 项');
    const blank = attempt(doc!, { type: 'list.add', id: 'os', field: 'externalParties', value: ' ' });
    expect(!blank.ok && blank.error.path).toBe('value');
    const ghost = attempt(doc!, {
      type: 'list.add',
      id: 'os',
      field: 'internalCollaborators',
      value: { kind: 'role', id: 'ghost' },
    });
    expect(!ghost.ok && ghost.error.code).toBe('unknown-role');
    expect(role(doc!).internalCollaborators).toEqual([]);
  });

  it('keeps an edit of an entry that someone else moved at the same time, and a removal wins over an edit', () => {
    const [left, right] = replicas(2, (doc) =>
      must(doc, { type: 'role.update', id: 'os', patch: { additionalDuties: ['一', '二', '三'] } }),
    );
    must(left!, { type: 'list.move', id: 'os', field: 'additionalDuties', index: 0, to: 2 });
    must(right!, { type: 'list.edit', id: 'os', field: 'additionalDuties', index: 0, value: '壹' });
    must(left!, { type: 'list.remove', id: 'os', field: 'additionalDuties', index: 0 });
    must(right!, { type: 'list.edit', id: 'os', field: 'additionalDuties', index: 1, value: '贰' });
    sync([left!, right!]);
    expect(role(left!).additionalDuties).toEqual(['三', '壹']);
    expect(readDesign(right!)).toEqual(readDesign(left!));
  });
});
