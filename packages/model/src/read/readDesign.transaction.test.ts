import { describe, expect, it } from 'vitest';
import { applyOperation } from '../ops/apply.js';
import { must, smallOrg, testOrigin } from '../test/fixtures.js';
import { readDesign } from './readDesign.js';

/**
 * A batch of operations in one transaction (applyChanges) reads the design between operations; the
 * read reuses what the transaction did not touch, so it must see everything the transaction did.
 */
describe('reading inside a transaction', () => {
  it('sees a role created and then edited in the same transaction, and the memo stays right after', () => {
    const doc = smallOrg();
    readDesign(doc);
    doc.transact(() => {
      must(doc, { type: 'role.create', id: 'new', title: '新岗位', reportsTo: 'gm' });
      expect(readDesign(doc).roles.find((role) => role.id === 'new')?.headcount).toBe(1);
      must(doc, { type: 'role.update', id: 'new', patch: { headcount: 4, title: '改过' } });
      expect(readDesign(doc).roles.find((role) => role.id === 'new')).toMatchObject({
        headcount: 4,
        title: '改过',
      });
      must(doc, { type: 'role.update', id: 'os', patch: { headcount: 2 } });
      expect(readDesign(doc).roles.find((role) => role.id === 'os')?.headcount).toBe(2);
    }, testOrigin);
    const after = readDesign(doc);
    expect(after.roles.find((role) => role.id === 'new')).toMatchObject({ headcount: 4, title: '改过' });
    expect(after.roles.find((role) => role.id === 'os')?.headcount).toBe(2);
    applyOperation(doc, { type: 'role.update', id: 'new', patch: { headcount: 5 } }, testOrigin);
    expect(readDesign(doc).roles.find((role) => role.id === 'new')?.headcount).toBe(5);
  });

  it('sees a work item added to an area added in the same transaction', () => {
    const doc = smallOrg();
    readDesign(doc);
    doc.transact(() => {
      must(doc, { type: 'area.add', owner: { kind: 'role', id: 'os' }, id: 'a', title: '日常' });
      readDesign(doc);
      must(doc, { type: 'item.add', owner: { kind: 'role', id: 'os' }, areaId: 'a', id: 'i', text: '对账' });
      expect(readDesign(doc).roles.find((role) => role.id === 'os')?.responsibilities[0]?.items).toHaveLength(
        1,
      );
    }, testOrigin);
    expect(readDesign(doc).roles.find((role) => role.id === 'os')?.responsibilities[0]?.items[0]?.text).toBe(
      '对账',
    );
  });
});
