import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { readDesign } from '../read/readDesign.js';
import { attempt, must, smallOrg } from '../test/fixtures.js';

const areasOf = (doc: Y.Doc, roleId: string) =>
  readDesign(doc).roles.find((role) => role.id === roleId)!.responsibilities;
const owner = { kind: 'role', id: 'os' } as const;

describe('responsibility areas and work items', () => {
  it('adds areas and numbered items with cadence, time and recipient', () => {
    const doc = smallOrg();
    must(doc, { type: 'area.add', owner, id: 'a1', title: '网店日常维护' });
    must(doc, { type: 'area.add', owner, id: 'a0', title: '商品上下架', index: 0 });
    must(doc, {
      type: 'item.add',
      owner,
      areaId: 'a1',
      id: 'i1',
      text: '每天检查订单',
      cadence: 'daily',
      time: '下午6 时截止',
      recipient: 'om',
    });
    must(doc, { type: 'item.add', owner, areaId: 'a1', id: 'i0', text: '处理差评', index: 0 });
    expect(areasOf(doc, 'os')).toEqual([
      { id: 'a0', title: '商品上下架', items: [] },
      {
        id: 'a1',
        title: '网店日常维护',
        items: [
          { id: 'i0', text: '处理差评', cadence: null, time: null, recipient: null },
          { id: 'i1', text: '每天检查订单', cadence: 'daily', time: '下午6 时截止', recipient: 'om' },
        ],
      },
    ]);
  });

  it('edits, reorders and deletes areas and items', () => {
    const doc = smallOrg();
    must(doc, { type: 'area.add', owner, id: 'a1', title: '一' });
    must(doc, { type: 'area.add', owner, id: 'a2', title: '二' });
    for (const id of ['x', 'y', 'z']) must(doc, { type: 'item.add', owner, areaId: 'a1', id, text: id });
    must(doc, { type: 'area.update', owner, areaId: 'a1', title: '职责一' });
    must(doc, {
      type: 'item.update',
      owner,
      areaId: 'a1',
      itemId: 'y',
      patch: { text: 'Y', cadence: 'weekly', time: '早上 10 点', recipient: 'om' },
    });
    must(doc, { type: 'item.move', owner, areaId: 'a1', itemId: 'z', index: 0 });
    must(doc, { type: 'area.move', owner, areaId: 'a2', index: 0 });
    must(doc, { type: 'item.delete', owner, areaId: 'a1', itemId: 'x' });
    const areas = areasOf(doc, 'os');
    expect(areas.map((area) => area.title)).toEqual(['二', '职责一']);
    expect(areas[1]!.items).toEqual([
      { id: 'z', text: 'z', cadence: null, time: null, recipient: null },
      { id: 'y', text: 'Y', cadence: 'weekly', time: '早上 10 点', recipient: 'om' },
    ]);
    must(doc, { type: 'area.delete', owner, areaId: 'a2' });
    expect(areasOf(doc, 'os').map((area) => area.id)).toEqual(['a1']);
  });

  it('gives units responsibilities too', () => {
    const doc = smallOrg();
    must(doc, { type: 'area.add', owner: { kind: 'unit', id: 'ops' }, id: 'u-a', title: '营销策划' });
    must(doc, {
      type: 'item.add',
      owner: { kind: 'unit', id: 'ops' },
      areaId: 'u-a',
      text: '策划店铺促销方案',
    });
    expect(readDesign(doc).units.find((unit) => unit.id === 'ops')?.responsibilities[0]?.items[0]?.text).toBe(
      '策划店铺促销方案',
    );
  });

  it('sends a result to a unit as well as to a role, and forgets a unit that is deleted', () => {
    const doc = smallOrg();
    must(doc, { type: 'area.add', owner, id: 'a1', title: '客户关系' });
    must(doc, {
      type: 'item.add',
      owner,
      areaId: 'a1',
      id: 'i1',
      text: '意见反馈到运营部',
      recipient: 'ops',
    });
    expect(areasOf(doc, 'os')[0]!.items[0]!.recipient).toBe('ops');
    must(doc, { type: 'unit.delete', id: 'ops' });
    expect(areasOf(doc, 'os')[0]!.items[0]!.recipient).toBeNull();
  });

  it('refuses unknown areas, items, recipients and cadences without writing anything', () => {
    const doc = smallOrg();
    must(doc, { type: 'area.add', owner, id: 'a1', title: '一' });
    expect(!attempt(doc, { type: 'item.add', owner, areaId: 'nope', text: 'x' }).ok).toBe(true);
    const recipient = attempt(doc, { type: 'item.add', owner, areaId: 'a1', text: 'x', recipient: 'ghost' });
    expect(!recipient.ok && recipient.error.path).toBe('recipient');
    // @ts-expect-error: a hostile client could send any string
    expect(attempt(doc, { type: 'item.add', owner, areaId: 'a1', text: 'x', cadence: 'hourly' }).ok).toBe(
      false,
    );
    expect(
      attempt(doc, { type: 'item.update', owner, areaId: 'a1', itemId: 'ghost', patch: { text: 'x' } }).ok,
    ).toBe(false);
    expect(attempt(doc, { type: 'area.add', owner: { kind: 'role', id: 'ghost' }, title: 'x' }).ok).toBe(
      false,
    );
    expect(areasOf(doc, 'os')[0]!.items).toEqual([]);
  });

  it('merges two people typing into the same duty text', () => {
    const left = smallOrg();
    const right = new Y.Doc();
    Y.applyUpdate(right, Y.encodeStateAsUpdate(left));
    must(left, { type: 'area.add', owner, id: 'a1', title: '一' });
    must(left, { type: 'item.add', owner, areaId: 'a1', id: 'i1', text: '负责网店日常维护' });
    Y.applyUpdate(right, Y.encodeStateAsUpdate(left));
    must(left, {
      type: 'item.update',
      owner,
      areaId: 'a1',
      itemId: 'i1',
      patch: { text: '每天负责网店日常维护' },
    });
    must(right, {
      type: 'item.update',
      owner,
      areaId: 'a1',
      itemId: 'i1',
      patch: { text: '负责网店日常维护和优化' },
    });
    Y.applyUpdate(right, Y.encodeStateAsUpdate(left));
    Y.applyUpdate(left, Y.encodeStateAsUpdate(right));
    expect(areasOf(left, 'os')[0]!.items[0]!.text).toBe('每天负责网店日常维护和优化');
    expect(areasOf(right, 'os')).toEqual(areasOf(left, 'os'));
  });

  it('keeps both people’s edits to different duties of one role', () => {
    const left = smallOrg();
    must(left, { type: 'area.add', owner, id: 'a1', title: '一' });
    const right = new Y.Doc();
    Y.applyUpdate(right, Y.encodeStateAsUpdate(left));
    must(left, { type: 'item.add', owner, areaId: 'a1', id: 'mine', text: '左' });
    must(right, { type: 'area.add', owner, id: 'a2', title: '二' });
    Y.applyUpdate(right, Y.encodeStateAsUpdate(left));
    Y.applyUpdate(left, Y.encodeStateAsUpdate(right));
    expect(areasOf(left, 'os').map((area) => [area.id, area.items.length])).toEqual([
      ['a1', 1],
      ['a2', 0],
    ]);
  });
});
