import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { writeDesign } from '../doc/writeDesign.js';
import { generateOrg } from '../generate/generateOrg.js';
import { readDesign } from '../read/readDesign.js';
import { must, smallOrg, testOrigin } from '../test/fixtures.js';
import { toJSON, toJSONValue } from './export.js';
import { fromJSON, parseDesign } from './import.js';
import { MAX_FILE_BYTES } from './schema.js';

function richOrg(): Y.Doc {
  const doc = smallOrg();
  const owner = { kind: 'role', id: 'os' } as const;
  must(doc, { type: 'area.add', owner, id: 'a1', title: '网店日常维护' });
  must(doc, {
    type: 'item.add',
    owner,
    areaId: 'a1',
    text: '每天整理订单',
    cadence: 'daily',
    time: '下午6 时截止',
    recipient: 'om',
  });
  // A result can go to a whole unit as well as to a role (反馈到公司客服部).
  must(doc, { type: 'item.add', owner, areaId: 'a1', text: '意见反馈到运营部', recipient: 'ops' });
  must(doc, {
    type: 'role.update',
    id: 'os',
    patch: {
      pay: { base: 3000 },
      externalParties: ['外部客户'],
      internalCollaborators: [{ kind: 'unit', id: 'ops' }],
    },
  });
  must(doc, { type: 'role.addDottedLine', id: 'fin', to: 'om' });
  must(doc, { type: 'note.add', id: 'n1', kind: 'budget', title: '预算', text: '10 万' });
  return doc;
}

describe('JSON v1', () => {
  it('writes the public contract field names', () => {
    const value = toJSONValue(readDesign(richOrg()));
    expect(value).toMatchObject({ format: 'orgcanvas.design', version: 1, name: '电商部' });
    expect(Object.keys(value.roles[0]!)).toEqual(
      expect.arrayContaining([
        'id',
        'title',
        'unitId',
        'reportsTo',
        'headcount',
        'purpose',
        'responsibilities',
      ]),
    );
    expect(value.roles.find((role) => role.id === 'os')!.responsibilities[0]!.items[0]).toEqual({
      id: expect.any(String),
      text: '每天整理订单',
      cadence: 'daily',
      time: '下午6 时截止',
      recipient: 'om',
    });
  });

  it('round-trips Y.Doc → JSON → Y.Doc → JSON identically', () => {
    for (const doc of [richOrg(), docOf(generateOrg({ roles: 300, seed: 7 }))]) {
      const first = toJSON(readDesign(doc));
      const parsed = fromJSON(first);
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
      const again = new Y.Doc();
      writeDesign(again, parsed.value, testOrigin);
      expect(toJSON(readDesign(again))).toBe(first);
      expect(readDesign(again)).toEqual(readDesign(doc));
    }
  });

  it('fills defaults for a short hand-written file', () => {
    const result = fromJSON(
      JSON.stringify({
        format: 'orgcanvas.design',
        version: 1,
        name: '最小',
        units: [],
        roles: [
          { id: 'a', title: '店长' },
          {
            id: 'b',
            title: '客服',
            reportsTo: 'a',
            responsibilities: [{ title: '售前', items: [{ text: '回复咨询' }] }],
          },
        ],
      }),
    );
    expect(result.ok && result.value.roles.map((role) => [role.id, role.reportsTo, role.headcount])).toEqual([
      ['a', null, 1],
      ['b', 'a', 1],
    ]);
    expect(result.ok && result.value.roles[1]!.responsibilities[0]!.items[0]!.id).toBe('b.a0.i0');
  });

  it('reports every bad field with its path and imports nothing', () => {
    const result = parseDesign({
      format: 'orgcanvas.design',
      version: 1,
      name: '坏',
      units: [{ id: 'u1', name: '部', color: 'blue' }],
      roles: [
        { id: 'r1', title: '甲', headcount: -2 },
        { id: 'r2', title: '乙', unitId: 'u9' },
        { id: 'r3', title: '丙' },
        {
          id: 'r4',
          title: '丁',
          reportsTo: 'r9',
          responsibilities: [{ title: 'x', items: [{ text: 'y', cadence: 'hourly' }] }],
        },
      ],
    });
    expect(result.ok).toBe(false);
    const paths = !result.ok ? result.error.map((error) => error.path) : [];
    expect(paths).toEqual(
      expect.arrayContaining([
        'units[0].color',
        'roles[0].headcount',
        'roles[3].responsibilities[0].items[0].cadence',
      ]),
    );
    const said = (path: string) => !result.ok && result.error.find((error) => error.path === path);
    expect(said('roles[0].headcount')).toMatchObject({
      message: 'must be at least 0, but is the number -2',
      messageZh: '不能小于 0，实际是数字 -2',
    });
    expect(said('units[0].color')).toMatchObject({
      message: 'must look like "#4e79a7", but is the text "blue"',
      messageZh: '格式应为“#4e79a7”，实际是文本“blue”',
    });
    expect(said('roles[3].responsibilities[0].items[0].cadence')).toMatchObject({
      messageZh: expect.stringContaining('"daily"、"weekly"'),
    });

    const references = parseDesign({
      format: 'orgcanvas.design',
      version: 1,
      name: '坏',
      units: [],
      roles: [
        { id: 'r1', title: '甲', unitId: 'u9' },
        { id: 'r1', title: '重复' },
        { id: 'r3', title: '丙', reportsTo: 'r9', dottedLines: ['r7'] },
        {
          id: 'r4',
          title: '丁',
          responsibilities: [{ title: 'x', items: [{ text: 'y', recipient: 'r8' }] }],
        },
      ],
    });
    expect(!references.ok && references.error.map((error) => `${error.path}: ${error.message}`)).toEqual([
      'roles[1].id: id "r1" is used twice',
      'roles[0].unitId: no unit "u9"',
      'roles[2].reportsTo: no role "r9"',
      'roles[2].dottedLines[0]: no role "r7"',
      'roles[3].responsibilities[0].items[0].recipient: no role or unit "r8"',
    ]);
  });

  it('accepts a unit as the recipient of a work item (反馈到公司客服部)', () => {
    const result = parseDesign({
      format: 'orgcanvas.design',
      version: 1,
      name: '电商部',
      units: [{ id: 'service', name: '客服部' }],
      roles: [
        {
          id: 'om',
          title: '运营经理',
          responsibilities: [{ title: 'x', items: [{ text: '反馈到公司客服部', recipient: 'service' }] }],
        },
      ],
    });
    expect(result.ok && result.value.roles[0]!.responsibilities[0]!.items[0]!.recipient).toBe('service');
  });

  it('reports broken references together with invalid fields, so one round of fixes is enough', () => {
    const result = parseDesign({
      format: 'orgcanvas.design',
      version: 1,
      name: '坏',
      units: [],
      roles: [
        { id: 'r1', title: '甲', headcount: 1.5 },
        { id: 'r2', title: 7, reportsTo: 'r9' },
        { title: '无编号', reportsTo: 'r1', dottedLines: [3, 'r8'] },
      ],
    });
    expect(!result.ok && result.error.map((error) => error.path)).toEqual([
      'roles[0].headcount',
      'roles[1].title',
      'roles[2].id',
      'roles[2].dottedLines[0]',
      'roles[1].reportsTo',
      'roles[2].dottedLines[1]',
    ]);
  });

  it('refuses a reporting cycle in a file', () => {
    const result = parseDesign({
      format: 'orgcanvas.design',
      version: 1,
      name: '环',
      units: [],
      roles: [
        { id: 'a', title: 'A', reportsTo: 'b' },
        { id: 'b', title: 'B', reportsTo: 'a' },
        { id: 'c', title: 'C', reportsTo: 'c' },
      ],
    });
    expect(!result.ok && result.error.map((error) => [error.code, error.path])).toEqual([
      ['cycle', 'roles[1].reportsTo'],
      ['cycle', 'roles[2].reportsTo'],
    ]);
  });

  it('says clearly what is wrong with a file that is not a design at all', () => {
    const broken = fromJSON('{"format": "orgcanvas.design", ');
    expect(!broken.ok && broken.error[0]!.code).toBe('malformed-json');
    expect(!broken.ok && broken.error[0]!.messageZh).toContain('JSON');
    const other = fromJSON('{"hello": 1}');
    expect(!other.ok && other.error[0]!).toMatchObject({ code: 'wrong-format', path: 'format' });
    const version = fromJSON('{"format":"orgcanvas.design","version":2,"name":"x","units":[],"roles":[]}');
    expect(!version.ok && version.error[0]!.path).toBe('version');
  });

  it('refuses files over 20 MB before parsing them', () => {
    const huge = `{"format":"orgcanvas.design","name":"${'长'.repeat(Math.ceil(MAX_FILE_BYTES / 3) + 10)}"}`;
    const result = fromJSON(huge);
    expect(!result.ok && result.error[0]!.code).toBe('too-large');
    expect(!result.ok && result.error[0]!.message).toContain('20 MB');
  });
});

function docOf(design: ReturnType<typeof generateOrg>): Y.Doc {
  const doc = new Y.Doc();
  writeDesign(doc, design, testOrigin);
  return doc;
}
