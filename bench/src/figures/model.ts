import * as Y from 'yjs';
import {
  type Design,
  type Operation,
  applyOperation,
  buildScene,
  createLayoutEngine,
  generateOrg,
  layoutInput,
  localOrigin,
  readDesign,
  sceneToSVG,
  seededRandom,
  writeDesign,
} from '@orgcanvas/model';
import type { Figure } from '../figure.js';
import { collectGarbage, p95, timed, timedAsync } from '../stats.js';
import { structuralEdit } from './layout.js';

const origin = localOrigin('bench');

/** Every kind of edit a person makes, chosen by `random`: renames, duties, moves, additions, deletions. */
function anyEdit(design: Design, random: () => number, n: number): Operation {
  const roles = design.roles;
  const role = roles[Math.floor(random() * roles.length)]!;
  const choice = random();
  if (choice < 0.35) return { type: 'role.update', id: role.id, patch: { title: `岗位${n % 97}` } };
  if (choice < 0.5) return { type: 'role.update', id: role.id, patch: { headcount: 1 + (n % 5) } };
  if (choice < 0.65) {
    const area = role.responsibilities[0];
    return area
      ? { type: 'item.add', owner: { kind: 'role', id: role.id }, areaId: area.id, text: `每周事项${n % 13}` }
      : { type: 'area.add', owner: { kind: 'role', id: role.id }, title: `职责${n % 7}` };
  }
  if (choice < 0.75) {
    const area = role.responsibilities[role.responsibilities.length - 1];
    if (area) return { type: 'area.delete', owner: { kind: 'role', id: role.id }, areaId: area.id };
  }
  return structuralEdit(design, n);
}

/**
 * The edits of the growth figure: those of `anyEdit` in the same proportions, except that the
 * structural ones add, move and delete roles about equally often, so the scenario stays near its 1,000 roles over the 100,000 edits as the
 * figure says. (`structuralEdit`, made for the re-layout figure's 50 edits, turns into additions only
 * once the edit count passes the role count, which grew the design to some 30,000 roles, and every
 * edit with it.)
 */
function growthEdit(design: Design, random: () => number, n: number): Operation {
  const edit = anyEdit(design, random, n);
  if (edit.type !== 'role.move' && edit.type !== 'role.create' && edit.type !== 'role.delete') return edit;
  const roles = design.roles;
  const role = roles[Math.floor(random() * roles.length)]!;
  const target = roles[Math.floor(random() * roles.length)]!;
  const kind = Math.floor(random() * 3);
  if (kind === 0 && role.reportsTo !== null && roles.length > 500)
    return { type: 'role.delete', id: role.id };
  if (kind === 1 && role.reportsTo !== null) {
    const managerOf = new Map(roles.map((r) => [r.id, r.reportsTo]));
    let above: string | null = target.id;
    while (above !== null && above !== role.id) above = managerOf.get(above) ?? null;
    if (above === null) return { type: 'role.move', id: role.id, reportsTo: target.id };
  }
  return { type: 'role.create', title: '新岗位', reportsTo: target.id };
}

export const modelFigures: Figure[] = [
  {
    key: 'read_ms_edit_10000',
    what: 'readDesign after one edit (rename, duty, move, add, delete) of 10,000 roles, p95 of 50',
    goal: 5,
    measure: async ({ runs }) => {
      const org = generateOrg({ roles: 10_000, seed: 1 });
      const out: number[] = [];
      for (let run = 0; run < runs; run++) {
        const doc = new Y.Doc();
        writeDesign(doc, org, origin);
        readDesign(doc);
        const random = seededRandom(run + 1);
        const times: number[] = [];
        for (let n = 0; n < 50; n++) {
          applyOperation(doc, anyEdit(readDesign(doc), random, n), origin);
          times.push(timed(() => readDesign(doc)));
        }
        out.push(p95(times));
        collectGarbage();
      }
      return { runs: out };
    },
  },
  {
    key: 'doc_growth_ratio_100k',
    what: 'encoded 1,000-role scenario after 100,000 random edits / the same content built fresh',
    goal: 2,
    measure: async ({ runs, progress }) => {
      const out: number[] = [];
      for (let run = 0; run < runs; run++) {
        const doc = new Y.Doc();
        writeDesign(doc, generateOrg({ roles: 1000, seed: 1 + run }), origin);
        const random = seededRandom(100 + run);
        for (let n = 0; n < 100_000; n++) {
          applyOperation(doc, growthEdit(readDesign(doc), random, n), origin);
          if (n % 25_000 === 24_999) progress(`  run ${run + 1}: ${n + 1} edits`);
        }
        const fresh = new Y.Doc();
        writeDesign(fresh, readDesign(doc), origin);
        out.push(Y.encodeStateAsUpdate(doc).byteLength / Y.encodeStateAsUpdate(fresh).byteLength);
        collectGarbage();
      }
      return { runs: out };
    },
  },
  {
    key: 'svg_ms_1000',
    what: 'SVG export of 1,000 roles: layout, scene and SVG text',
    goal: 150,
    measure: async ({ runs }) => {
      const design = generateOrg({ roles: 1000, seed: 1 });
      const once = async () => {
        const layout = await createLayoutEngine().layout(layoutInput(design, new Set()));
        return sceneToSVG(buildScene(design, layout, { locale: 'zh' }));
      };
      for (let i = 0; i < 3; i++) await once();
      const out: number[] = [];
      for (let run = 0; run < runs; run++) {
        collectGarbage();
        out.push(await timedAsync(once));
      }
      return { runs: out };
    },
  },
  {
    key: 'pptx_ms_1000',
    what: 'PPTX export of 1,000 roles (@orgcanvas/export: layout, slides, fonts, zip)',
    goal: 1500,
    measure: async ({ runs }) => {
      // Loaded on first use: the fonts and the deck writer are the bench's heaviest imports.
      const { exportPPTX } = await import('@orgcanvas/export');
      const design = generateOrg({ roles: 1000, seed: 1 });
      const once = () => exportPPTX([{ name: 'bench 1000', design }], { locale: 'zh', date: null });
      let bytes = 0;
      for (let i = 0; i < 2; i++) bytes = (await once()).byteLength;
      const out: number[] = [];
      for (let run = 0; run < runs; run++) {
        collectGarbage();
        out.push(await timedAsync(once));
      }
      return { runs: out, note: `${(bytes / 1024).toFixed(0)} KB deck` };
    },
  },
];
