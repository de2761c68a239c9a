import { describe, expect, it } from 'vitest';
import type { Design, ResponsibilityArea } from '@orgcanvas/model';
import { TEMPLATES, templateById, templateDesign } from './index.js';
import { SEED_ARTICLES, SEED_POSITION_DESCRIPTIONS } from './template.js';
import { POSITION_HEADERS, fragments, normaliseSeed, seedText, squash } from './seeds.testkit.js';

/**
 * The reverse of seedFidelity.test.ts: walking each seed design's text, every numbered duty, bullet,
 * role title and the lines that go with them must be found in that design's template, under the role,
 * unit, area or note the seed puts them under. A dropped duty, a dropped role or a duty moved to
 * another role fails here. What the walk leaves out is listed below, each with the reason.
 */

/** Strings a template holds under one role, unit, area or note, squashed for comparison. */
interface Scope {
  readonly label: string;
  readonly texts: readonly string[];
}

function areaTexts(areas: readonly ResponsibilityArea[]): string[] {
  return areas.flatMap((area) => [
    area.title,
    ...area.items.flatMap((entry) => [entry.text, ...(entry.time === null ? [] : [entry.time])]),
  ]);
}

function scopesOf(design: Design) {
  const byId = new Map<string, Scope>();
  const heads = new Map<string, Scope>();
  const add = (id: string, head: string, texts: string[]) => {
    const scope = { label: `${id} (${head})`, texts: texts.filter((text) => text !== '').map(squash) };
    byId.set(id, scope);
    if (!heads.has(squash(head))) heads.set(squash(head), scope);
    return scope;
  };
  for (const role of design.roles) {
    add(role.id, role.title, [
      role.title,
      role.purpose,
      role.notes,
      ...areaTexts(role.responsibilities),
      ...role.additionalDuties,
      role.workingTime,
      ...role.externalParties,
      ...role.internalCollaborators.flatMap((entry) => (entry.kind === 'text' ? [entry.text] : [])),
    ]);
  }
  for (const unit of design.units)
    add(unit.id, unit.name, [unit.name, unit.notes, ...areaTexts(unit.responsibilities)]);
  for (const note of design.notes) add(note.id, note.title, [note.title, ...note.text.split('\n')]);
  // An area title heads its items where it is unique in the design (网站维护 …, 采买), not 工作职责.
  const areas = [...design.units, ...design.roles].flatMap((owner) =>
    owner.responsibilities.map((area) => ({ owner: owner.id, area })),
  );
  for (const { owner, area } of areas) {
    if (areas.filter((other) => other.area.title === area.title).length === 1) {
      add(`${owner}/${area.title}`, area.title, areaTexts([area]));
    }
  }
  const whole: Scope = { label: 'the design', texts: [...byId.values()].flatMap((scope) => scope.texts) };
  return { byId, heads, whole };
}

// ---------------------------------------------------------------------------------------------------
// 000: eight designs, one after another.

/** Lines that are page chrome wherever they stand. */
const CHROME_LINES: { pattern: RegExp; why: string }[] = [
  { pattern: /^\d{4}\/\d{1,2}\/\d{1,2}$/, why: 'design 8: the date in each slide’s footer' },
  { pattern: /^\d+$/, why: 'design 8: slide numbers' },
  { pattern: /^- \d、/, why: 'the download site’s three notices (下载文档前请自行甄别…)' },
];

/** Text removed from a design's section before the walk, in this order. */
const LEFT_OUT: Record<string, { text: string; why: string }[]> = {
  'ecommerce-company-departments': [{ text: '公司各部门工作职责', why: 'the heading of the list' }],
  'operations-centre-roles-new': [
    {
      text: '电商运营中心组织架构及岗位职责随着电子商务的快速发展,电商运营中心的重要性也日益凸显。',
      why: 'the article’s opening sentence',
    },
    { text: '本文将分析电商运营中心的组织架构以及各岗位的职责。', why: 'the article announcing itself' },
    { text: '一、电商运营中心组织架构', why: 'a heading' },
  ],
  'operations-centre-departments': [
    {
      text: '电商运营中心组织架构及岗位职责近年来,随着电子商务行业的迅速发展,电商运营中心在企业运营中扮演着越来越重要的角色。',
      why: 'the article’s opening sentence',
    },
    {
      text: '本文将就电商运营中心的组织架构和各岗位的职责进行详细介绍,以便读者更好地了解和应用于实际工作当中。',
      why: 'the article announcing itself',
    },
    { text: '一、组织架构', why: 'a heading' },
    { text: '二、岗位职责', why: 'a heading' },
  ],
  'ecommerce-department-responsibilities': [
    {
      text: '电商部门组织架构及职责电商部门是企业中的一个重要部门,其组织架构和职责的设置,直接影响企业的运营和发展。',
      why: 'the article’s opening sentence',
    },
    { text: '下面是对电商部门组织架构及职责的详细介绍。', why: 'the article announcing itself' },
    { text: '一、电商部门的组织架构', why: 'a heading' },
    {
      text: '电商部门的组织架构应该根据企业实际情况进行调整和优化,至少应该包含以下几个基本职位:',
      why: 'the sentence leading into the list of roles',
    },
    { text: '二、电商部门的职责', why: 'a heading' },
  ],
  'operations-centre-roles': [
    { text: '电商运营中心组织架构岗位职责', why: 'the heading, repeated at the top of the page' },
    {
      text: '其主要职责包括但不限于:',
      why: 'the words leading into each bullet list; the template titles these areas 主要职责',
    },
    {
      text: '综上所述,电商运营中心的组织架构和各个岗位职责的设置目的在于提升电商平台的运营效率和销售业绩,从而实现公司的商业目标。',
      why: 'the article’s closing sentence',
    },
  ],
  'ecommerce-staff-duties': [
    { text: '电商人员工作职责及组织架构分解', why: 'the heading, repeated at the top of the page' },
    { text: '一.电商人员工作职责', why: 'a heading' },
    {
      text: '我们可以把电商人员的规划统一分配下如下图所示:',
      why: 'first copy: points at a figure the scrape lost',
    },
    {
      text: '我们可以把电商人员的规划统一分配下如图1-1所示:',
      why: 'second copy: points at a figure the scrape lost',
    },
    { text: '图1-1', why: 'second copy: that figure’s caption' },
  ],
  'ecommerce-org-chart-roles': [
    { text: '电商组织构架图及岗位职责', why: 'the heading, repeated at the top of the page' },
    { text: '一、电商组织构架图', why: 'the heading of the chart, an image the scrape lost' },
    { text: '二、岗位职责', why: 'a heading' },
    {
      text: '以上为主要岗位职责,具体的职责可能根据组织的需求有所变化。',
      why: 'the article’s closing remark',
    },
    {
      text: '在这个电商组织构架图中,各个岗位密切合作,共同推动电商平台的发展和运营。',
      why: 'the article’s closing sentence',
    },
  ],
  'ecommerce-department-org-chart-slides': [],
};

/**
 * Text that names no role or unit but belongs to one, with the reason; from there on the walk
 * checks against that owner.
 */
const OWNER_HINTS: Record<string, { at: string; owner: string; why: string }[]> = {
  'operations-centre-roles': [
    {
      at: '除了以上几个岗位',
      owner: 'promotion-designer',
      why: 'the sentence naming the two optional roles is their notes',
    },
  ],
  'ecommerce-staff-duties': [
    {
      at: '负责公司的网站主题活动策划',
      owner: 'copywriter',
      why: 'the first copy lost the heading 三.文案策划 before these items; the second copy has it',
    },
  ],
  'ecommerce-department-org-chart-slides': [
    {
      at: '电子商务财务专员的表格制定',
      owner: 'finance-specialist',
      why: 'the first slide’s title is inside its bullet',
    },
  ],
};

const MARKER = /(\d+[、.]|[一二三四五六七八九十]+[、.]|•)/;

/** Leading and trailing list punctuation, and the scrape's "?" bullet, are not content. */
function clean(text: string): string {
  return squash(text).replace(/^[?？:：;；,，、.。]+|[?？:：;；,，、.。]+$/g, '');
}

/** The sections of the 000 file, each with the template it is the source of (design 6 has two). */
function articleSections(): { id: string; lines: string[] }[] {
  const lines = seedText(SEED_ARTICLES).split('\n');
  const starts = TEMPLATES.filter((entry) => entry.source.file === SEED_ARTICLES).map((entry) => ({
    id: entry.id,
    // The heading's first line of its own, after line 1: the page's title (design 6's heading too).
    // Design 7's heading is repeated two lines on; that copy is in its list of left-out text.
    at: lines.findIndex((line, at) => at > 0 && line.trim() === entry.source.heading),
  }));
  // The fuller second copy of design 6, after design 8 and the download notices.
  starts.push({ id: 'ecommerce-staff-duties', at: lines.indexOf('电商人员工作职责及组织架构分解') });
  starts.sort((a, b) => a.at - b.at);
  return starts.map((start, index) => ({
    id: start.id,
    lines: lines.slice(start.at + 1, starts[index + 1]?.at ?? lines.length),
  }));
}

/** Walks one section: what it could not find, and which of the left-out texts it used. */
function walkArticle(id: string, sectionLines: readonly string[], used: Set<string>): string[] {
  const { byId, heads, whole } = scopesOf(templateDesign(id));
  const missing: string[] = [];
  let scope = whole;
  for (const raw of sectionLines) {
    let line = raw.trim();
    if (CHROME_LINES.some((chrome) => chrome.pattern.test(line))) continue;
    for (const { text } of LEFT_OUT[id] ?? []) {
      if (line.includes(text)) {
        used.add(text);
        line = line.replaceAll(text, '');
      }
    }
    // A "-" bullet opens a line or follows the colon or semicolon before it.
    const parts = line.replace(/(^|[:：;；])\s*-/g, '$1•').split(MARKER);
    for (let index = 0; index < parts.length; index += 2) {
      let piece = clean(parts[index]!);
      if (piece === '') continue;
      const hint = OWNER_HINTS[id]?.find((entry) => piece.startsWith(entry.at));
      if (hint !== undefined) {
        scope = byId.get(hint.owner)!;
      } else if (index > 0 || parts.length === 1) {
        // After a number or bullet, or alone on its line, a role title, unit name, unique area title
        // or note title starts what follows it.
        const head = [...heads.keys()]
          .filter((candidate) => piece.startsWith(candidate))
          .sort((a, b) => b.length - a.length)[0];
        if (head !== undefined) {
          scope = heads.get(head)!;
          piece = clean(piece.slice(head.length));
        }
      }
      if (piece !== '' && !scope.texts.some((text) => text.includes(piece))) {
        missing.push(`under ${scope.label}: ${piece}`);
      }
    }
  }
  return missing;
}

describe('every duty and role of the 000 seed is in its template, where the seed puts it', () => {
  const sections = articleSections();

  it('finds eight designs and design 6’s second copy', () => {
    expect(sections.map((section) => section.id)).toEqual([
      ...TEMPLATES.filter((entry) => entry.source.file === SEED_ARTICLES).map((entry) => entry.id),
      'ecommerce-staff-duties',
    ]);
  });

  it.each(Object.keys(LEFT_OUT))('%s', (id) => {
    const used = new Set<string>();
    const missing = sections
      .filter((section) => section.id === id)
      .flatMap((section) => walkArticle(id, section.lines, used));
    expect(missing).toEqual([]);
    // Every entry of the list must still leave something out, so the list cannot hide a duty.
    expect((LEFT_OUT[id] ?? []).map((entry) => entry.text).filter((text) => !used.has(text))).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------
// 002: design 9, four position descriptions rebuilt from flattened tables.

/** Each description's heading and the role it describes (3.2's heading says 营销专员, its table 营销主管). */
const DESCRIPTIONS: [heading: string, roleId: string][] = [
  ['3.1运营经理岗位说明', 'ops-manager'],
  ['3.2营销专员岗位说明书', 'marketing-lead'],
  ['3.3物流部岗位说明书', 'logistics-officer'],
  ['3.4美工主管岗位说明书', 'art-lead'],
];

/**
 * The table's labels (职责 一 工作 内容) cut into the sentences; they are taken out of the seed and the
 * template alike, so what is compared is the sentence.
 */
const TABLE_LABELS = /职责|工作|内容|[一二三四五内容]/g;

/**
 * What the walk reads of each description is its duty areas: from 职责与工作内容 up to 附加工作. The
 * header table, purpose and collaboration before it and the extra duties, working time and pay after it
 * are checked field by field in seedFidelity.test.ts. The page header before 第三章岗位职责 and the
 * footer from 展开阅读全文 are the document site's.
 */
function descriptionAreas(): { roleId: string; text: string }[] {
  const seed = normaliseSeed(seedText(SEED_POSITION_DESCRIPTIONS));
  const body = seed.slice(seed.indexOf('第三章岗位职责'), seed.indexOf('展开阅读全文'));
  return DESCRIPTIONS.map(([heading, roleId], index) => {
    const next = DESCRIPTIONS[index + 1];
    const description = body.slice(
      body.indexOf(heading),
      next === undefined ? undefined : body.indexOf(next[0]),
    );
    const areas = description.slice(description.indexOf('职责与工作内容') + '职责与工作内容'.length);
    const end = areas.indexOf('附加工作');
    return { roleId, text: end < 0 ? areas : areas.slice(0, end) };
  });
}

/**
 * Pieces where the scrape cut an item's clock time into its sentence rather than a label: logistics
 * item 2.3 reads "应及时联系工作8 点-9 点)晚班客服告知客人协商处理(晚上内容当天遇到…", its time
 * (晚上8 点-9 点) split around the words. The template keeps the sentence whole and the time apart.
 */
const CUT_BY_TIME: Record<string, string[]> = {
  'logistics-officer': ['应及时联系8点-9点', '晚上当天遇到任何问题不能发出的订单'],
};

/**
 * Whether a piece is in the template: inside one string, or across the seam of two, where the scrape
 * put an item's number after its text or dropped the stop before the next area's title.
 */
function heldIn(texts: readonly string[], piece: string): boolean {
  if (texts.some((text) => text.includes(piece))) return true;
  for (let cut = 2; cut <= piece.length - 2; cut++) {
    const [left, right] = [piece.slice(0, cut), piece.slice(cut)];
    if (texts.some((text) => text.endsWith(left)) && texts.some((text) => text.startsWith(right)))
      return true;
  }
  return false;
}

describe('every work item of the 002 seed is in design 9, under the role whose description holds it', () => {
  const id = 'ecommerce-department-position-descriptions';
  const design = templateDesign(id);

  it('reads four descriptions, each past its header table', () => {
    const seed = normaliseSeed(seedText(templateById(id)!.source.file));
    for (const [flat] of POSITION_HEADERS) expect(seed).toContain(flat);
    for (const [, roleId] of DESCRIPTIONS) expect(design.roles.map((role) => role.id)).toContain(roleId);
  });

  it.each(descriptionAreas())('$roleId', ({ roleId, text }) => {
    const held = scopesOf(design)
      .byId.get(roleId)!
      .texts.flatMap((entry) => fragments(entry.replace(TABLE_LABELS, '')));
    const pieces = text.split(/\d+\./).flatMap((piece) => fragments(piece.replace(TABLE_LABELS, '')));
    const cut = CUT_BY_TIME[roleId] ?? [];
    expect(pieces.filter((piece) => !cut.includes(piece) && !heldIn(held, piece))).toEqual([]);
    for (const piece of cut) expect(pieces, 'a listed piece the seed no longer has').toContain(piece);
  });
});
