import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { readDesign } from '../read/readDesign.js';
import { must } from '../test/fixtures.js';
import { LEGACY_SCHEMA_1_UPDATE } from './legacySchema1.fixture.js';
import { migrateDoc, needsMigration } from './migrate.js';
import { SCHEMA_VERSION, metaMap, rolesMap } from './schema.js';

const server = { kind: 'server', reason: 'migrate' } as const;

function legacyDoc(): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(
    doc,
    Uint8Array.from(atob(LEGACY_SCHEMA_1_UPDATE), (char) => char.charCodeAt(0)),
  );
  return doc;
}

const role = (doc: Y.Doc, id: string) => readDesign(doc).roles.find((entry) => entry.id === id)!;

describe('migrating a schema 1 document', () => {
  it('reads the stored document as it was written, before and after the migration', () => {
    const doc = legacyDoc();
    // Schema 1 wrote its number only through writeDesign; this one was built by operations.
    expect(metaMap(doc).get('schema')).toBeUndefined();
    const before = readDesign(doc);
    const os = role(doc, 'os');
    expect(os.externalParties).toEqual(['外部客户', '快递公司', '外部客户']);
    expect(os.additionalDuties).toEqual(['值班', '培训新人', '盘点']);
    expect(os.internalCollaborators).toEqual([
      { kind: 'unit', id: 'ops' },
      { kind: 'role', id: 'cs' },
      { kind: 'text', text: '仓库' },
    ]);
    expect(os.responsibilities.map((area) => [area.id, area.items.map((item) => item.id)])).toEqual([
      ['a2', ['i1']],
      ['a1', ['i3', 'i1', 'i2']],
    ]);

    expect(migrateDoc(doc, server)).toBe(true);
    expect(readDesign(doc)).toEqual(before);
    expect(metaMap(doc).get('schema')).toBe(SCHEMA_VERSION);
    const node = rolesMap(doc).get('os') as Y.Map<unknown>;
    for (const field of ['responsibilities', 'externalParties', 'additionalDuties', 'internalCollaborators'])
      expect(node.get(field)).toBeInstanceOf(Y.Map);
  });

  it('migrates once: a second load writes nothing', () => {
    const doc = legacyDoc();
    migrateDoc(doc, server);
    const writes: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => writes.push(update));
    expect(needsMigration(doc)).toBe(false);
    expect(migrateDoc(doc, server)).toBe(false);
    expect(migrateDoc(new Y.Doc(), server)).toBe(false);
    expect(writes).toEqual([]);
  });

  it('gives a migrated document the new guarantees: a moved item keeps a concurrent edit', () => {
    const left = legacyDoc();
    migrateDoc(left, server);
    const right = new Y.Doc();
    Y.applyUpdate(right, Y.encodeStateAsUpdate(left));
    const owner = { kind: 'role', id: 'os' } as const;
    must(left, { type: 'item.move', owner, areaId: 'a1', itemId: 'i2', index: 0 });
    must(right, {
      type: 'item.update',
      owner,
      areaId: 'a1',
      itemId: 'i2',
      patch: { text: '24 小时内处理差评' },
    });
    Y.applyUpdate(left, Y.encodeStateAsUpdate(right));
    Y.applyUpdate(right, Y.encodeStateAsUpdate(left));
    const items = role(left, 'os').responsibilities[1]!.items;
    expect(items.map((item) => [item.id, item.text])).toEqual([
      ['i2', '24 小时内处理差评'],
      ['i3', '回复咨询'],
      ['i1', '每天检查订单'],
    ]);
    expect(readDesign(right)).toEqual(readDesign(left));
  });

  it('lets an operation work on a document nobody migrated yet, converting only what it touches', () => {
    const doc = legacyDoc();
    must(doc, { type: 'role.update', id: 'cs', patch: { externalParties: ['消费者', '平台客服'] } });
    must(doc, { type: 'area.add', owner: { kind: 'unit', id: 'ops' }, title: '数据分析' });
    expect(role(doc, 'cs').externalParties).toEqual(['消费者', '平台客服']);
    expect(readDesign(doc).units[1]!.responsibilities.map((area) => area.title)).toEqual([
      '营销策划',
      '数据分析',
    ]);
    expect(role(doc, 'os').externalParties).toEqual(['外部客户', '快递公司', '外部客户']);
  });
});
