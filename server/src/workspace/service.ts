import * as Y from 'yjs';
import type { z } from 'zod';
import {
  compare,
  fromCSV,
  parseDesign,
  headcountOf,
  personnelCost,
  readDesign,
  toJSONValue,
  writeDesign,
  type Design,
  type DesignFile,
} from '@orgcanvas/model';
import { templateById, templateDesign } from '@orgcanvas/templates';
import { type Access, hashToken, linkState, newId, newToken, viewTokenFor } from '../auth/index.js';
import type { Logger } from '../log.js';
import {
  CLOSE,
  createScenarioRequest,
  createWorkspaceRequest,
  renameScenarioRequest,
  replaceLinksRequest,
  saveVersionRequest,
  type LinksReplaced,
  type BasedOn,
  type ScenarioComparison,
  type ScenarioFigures,
  type ScenarioSummary,
  type VersionDetail,
  type VersionSummary,
  type WorkspaceCreated,
} from '@orgcanvas/protocol';
import type { ScenarioRecord, Store, VersionRecord, WorkspaceRecord } from '../store/types.js';
import type { Rooms } from '../sync/index.js';
import { ApiError, errors } from './errors.js';

const iso = (ms: number) => new Date(ms).toISOString();

export function scenarioSummary(s: ScenarioRecord): ScenarioSummary {
  return {
    id: s.id,
    name: s.name,
    basedOn: s.basedOn,
    createdAt: iso(s.createdAt),
    updatedAt: iso(s.updatedAt),
  };
}

function versionSummary(v: VersionRecord): VersionSummary {
  return { id: v.id, createdAt: iso(v.createdAt), label: v.label, author: v.author, auto: v.auto };
}

/** Validates a request body; a bad field answers 400 with the path of each problem. */
export function parseBody<T>(schema: z.ZodType<T>, body: unknown): T {
  const parsed = schema.safeParse(body ?? {});
  if (parsed.success) return parsed.data;
  throw new ApiError(
    400,
    'invalid-request',
    `The request is not valid: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(body)'} ${i.message}`).join('; ')}.`,
    '请求无效，请检查各字段。',
    parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
  );
}

type ScenarioListener = (workspaceId: string, scenarios: ScenarioSummary[]) => void;

/**
 * Workspaces, scenarios and versions: what the HTTP API does, apart from HTTP. Changes to a workspace's
 * scenario list are announced to listeners (the event streams).
 */
export class Workspaces {
  private readonly listeners = new Set<ScenarioListener>();
  /** Who changed each scenario last, as far as this process saw (a restart forgets it). */
  private readonly editors = new Map<string, string>();
  /** Headcount and cost per scenario, kept until its next change. */
  private readonly figures = new Map<
    string,
    { readonly updatedAt: number; readonly figures: ScenarioFigures }
  >();
  /** Which workspace a listed scenario belongs to, so an edit can refresh that workspace's list. */
  private readonly workspaceOf = new Map<string, string>();
  private readonly pending = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly store: Store,
    private readonly rooms: Rooms,
    private readonly log: Logger,
    /** Disk one workspace may hold; creating a scenario or a version past it is refused. */
    private readonly maxWorkspaceBytes = Number.POSITIVE_INFINITY,
  ) {}

  /** Refuses to store `adding` more bytes in a workspace already near its cap. */
  private async checkRoom(workspaceId: string, adding: number): Promise<void> {
    if (!Number.isFinite(this.maxWorkspaceBytes)) return;
    const used = await this.store.workspaceBytes(workspaceId);
    if (used + adding > this.maxWorkspaceBytes) {
      this.log.warn({ workspaceId, used, adding }, 'workspace storage limit reached');
      throw errors.workspaceFull(this.maxWorkspaceBytes);
    }
  }

  onScenariosChanged(listener: ScenarioListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private async announce(workspaceId: string): Promise<void> {
    const scenarios = await this.listScenarios(workspaceId);
    for (const listener of this.listeners) {
      try {
        listener(workspaceId, scenarios);
      } catch (error) {
        this.log.warn({ err: (error as Error).message }, 'scenario listener failed');
      }
    }
  }

  async create(body: unknown): Promise<WorkspaceCreated> {
    const { name: workspaceName } = parseBody(createWorkspaceRequest, body);
    const editToken = newToken();
    const viewToken = viewTokenFor(editToken);
    const record: WorkspaceRecord = {
      id: newId(),
      name: workspaceName,
      editTokenHash: hashToken(editToken),
      viewTokenHash: hashToken(viewToken),
      createdAt: Date.now(),
    };
    await this.store.createWorkspace(record);
    this.log.info({ workspaceId: record.id }, 'workspace created');
    return { id: record.id, name: record.name, editToken, viewToken };
  }

  /** The workspace a token opens, with what it may do; 401 for a missing, wrong or foreign token. */
  async authorize(
    workspaceId: string,
    token: string | null,
    need: Access,
  ): Promise<{ workspace: WorkspaceRecord; access: Access }> {
    const workspace = await this.store.getWorkspace(workspaceId);
    const state = workspace ? linkState(workspace, token) : null;
    if (state === 'replaced') throw errors.linkReplaced();
    if (state === 'expired') throw errors.linkExpired();
    if (!workspace || state === null) throw errors.unauthorized();
    if (need === 'edit' && state !== 'edit') throw errors.readOnly();
    return { workspace, access: state };
  }

  /**
   * New edit and view links for a workspace (the view token derives from the new edit token). The old
   * ones stop working at once; the caller closes every socket opened with them.
   */
  async replaceLinks(workspaceId: string, body: unknown): Promise<LinksReplaced> {
    const { expiresInDays } = parseBody(replaceLinksRequest, body);
    const editToken = newToken();
    const viewToken = viewTokenFor(editToken);
    const expiresAt = expiresInDays === null ? null : Date.now() + expiresInDays * 24 * 60 * 60 * 1000;
    const replaced = await this.store.replaceLinks(workspaceId, {
      editTokenHash: hashToken(editToken),
      viewTokenHash: hashToken(viewToken),
      expiresAt,
    });
    if (!replaced) throw errors.unauthorized();
    this.log.info({ workspaceId, expires: expiresAt !== null }, 'share links replaced');
    return { editToken, viewToken, expiresAt: expiresAt === null ? null : iso(expiresAt) };
  }

  async listScenarios(workspaceId: string): Promise<ScenarioSummary[]> {
    const records = await this.store.listScenarios(workspaceId);
    return Promise.all(
      records.map(async (record) => {
        this.workspaceOf.set(record.id, workspaceId);
        const editor = this.editors.get(record.id);
        return {
          ...scenarioSummary(record),
          ...(editor === undefined ? {} : { updatedBy: editor }),
          figures: await this.figuresOf(record),
        };
      }),
    );
  }

  private async figuresOf(record: ScenarioRecord): Promise<ScenarioFigures> {
    const known = this.figures.get(record.id);
    if (known && known.updatedAt === record.updatedAt) return known.figures;
    const figures = figuresOfDesign(designFromState(await this.rooms.readState(record.id)));
    this.figures.set(record.id, { updatedAt: record.updatedAt, figures });
    return figures;
  }

  /**
   * A room stored an edit: remember who made it and refresh the workspace's list for its watchers,
   * at most about once a second however fast people type.
   */
  noteChange(scenarioId: string, editor: string | null): void {
    if (editor !== null) this.editors.set(scenarioId, editor);
    const workspaceId = this.workspaceOf.get(scenarioId);
    if (workspaceId === undefined || this.pending.has(workspaceId)) return;
    const timer = setTimeout(() => {
      this.pending.delete(workspaceId);
      void this.announce(workspaceId).catch((error: unknown) =>
        this.log.warn({ err: (error as Error).message }, 'refreshing the scenario list failed'),
      );
    }, 1000);
    timer.unref();
    this.pending.set(workspaceId, timer);
  }

  async scenario(workspaceId: string, scenarioId: string): Promise<ScenarioRecord> {
    const found = await this.store.getScenario(workspaceId, scenarioId);
    if (!found) throw errors.scenarioNotFound();
    return found;
  }

  async createScenario(workspaceId: string, body: unknown): Promise<ScenarioSummary> {
    const input = parseBody(createScenarioRequest, body);
    const sources = [input.template, input.from, input.design, input.csv].filter((s) => s !== undefined);
    if (sources.length > 1) {
      throw new ApiError(
        400,
        'invalid-request',
        'Give at most one of "template", "from", "design" and "csv".',
        '“template”、“from”、“design”、“csv” 最多只能提供一个。',
        [{ path: '', message: 'at most one of template, from, design, csv' }],
      );
    }
    if (input.version !== undefined && input.from === undefined) {
      throw new ApiError(
        400,
        'invalid-request',
        '"version" needs "from": the scenario the version belongs to.',
        '“version” 需要同时提供 “from”（版本所属的方案）。',
        [{ path: 'version', message: 'needs from' }],
      );
    }

    let state: Uint8Array;
    let basedOn: BasedOn | null = null;
    // The design just written, when there is one: the list's figures come from it rather than from
    // reading the new document back (for 10,000 roles that read cost as much as the import itself).
    let design: Design | null = null;
    if (input.template !== undefined) {
      const template = templateById(input.template);
      if (!template) throw errors.templateNotFound(input.template);
      design = templateDesign(template);
      state = designState(design, 'template');
      basedOn = { kind: 'template', id: template.id };
    } else if (input.from !== undefined) {
      await this.scenario(workspaceId, input.from).catch(() => {
        throw new ApiError(
          404,
          'scenario-not-found',
          `There is no scenario "${input.from}" in this workspace to copy.`,
          `本工作区中没有可复制的方案“${input.from}”。`,
          [{ path: 'from', message: 'unknown scenario' }],
        );
      });
      if (input.version !== undefined) {
        const found = await this.store.getVersion(input.from, input.version);
        if (!found) throw errors.versionNotFound();
        state = found.state;
        basedOn = { kind: 'version', id: input.from, versionId: input.version };
      } else {
        // A copy of the Yjs state itself keeps every id, so the two can be compared role by role.
        state = await this.rooms.readState(input.from);
        basedOn = { kind: 'scenario', id: input.from };
      }
    } else if (input.design !== undefined) {
      const parsed = parseDesign(input.design);
      if (!parsed.ok) {
        throw new ApiError(
          400,
          'invalid-design',
          `The design is not valid JSON v1: ${parsed.error.length} problem(s), first at ${parsed.error[0]?.path || '(root)'}: ${parsed.error[0]?.message ?? ''}`,
          `设计文件无效：共 ${parsed.error.length} 处问题，第一处位于 ${parsed.error[0]?.path || '（根）'}：${parsed.error[0]?.messageZh ?? ''}`,
          parsed.error.map((e) => ({
            path: e.path ? `design.${e.path}` : 'design',
            message: e.message,
            messageZh: e.messageZh,
          })),
        );
      }
      design = parsed.value;
      state = designState(design, 'import');
      basedOn = { kind: 'import' };
    } else if (input.csv !== undefined) {
      design = csvDesign(input.csv, input.name);
      state = designState(design, 'import');
      basedOn = { kind: 'import' };
    } else {
      state = Y.encodeStateAsUpdate(new Y.Doc());
    }

    await this.checkRoom(workspaceId, state.byteLength);
    const now = Date.now();
    const record: ScenarioRecord = {
      id: newId(),
      workspaceId,
      name: input.name,
      basedOn,
      createdAt: now,
      updatedAt: now,
    };
    await this.store.createScenario(record, state);
    // Written here in the current schema; a copy may come from a version stored by an older one.
    if (input.from === undefined) this.rooms.noteCurrentSchema(record.id);
    if (design !== null) {
      this.figures.set(record.id, { updatedAt: record.updatedAt, figures: figuresOfDesign(design) });
    }
    this.log.info(
      { workspaceId, scenarioId: record.id, basedOn: basedOn?.kind ?? 'blank' },
      'scenario created',
    );
    await this.announce(workspaceId);
    return scenarioSummary(record);
  }

  /** `compare(a, b)` of two scenarios of this workspace, as they are now (live rooms included). */
  async compareScenarios(
    workspaceId: string,
    a: string | null,
    b: string | null,
  ): Promise<ScenarioComparison> {
    const missing = [a === null || a === '' ? 'a' : null, b === null || b === '' ? 'b' : null].filter(
      (name) => name !== null,
    );
    if (missing.length > 0) {
      throw new ApiError(
        400,
        'invalid-request',
        `Name both scenarios to compare: ?a=<scenario id>&b=<scenario id> (missing ${missing.join(', ')}).`,
        `请指定要比较的两个方案：?a=<方案编号>&b=<方案编号>（缺少 ${missing.join('、')}）。`,
        missing.map((name) => ({ path: name, message: 'required' })),
      );
    }
    const [designA, designB] = await Promise.all(
      [a!, b!].map(async (scenarioId) => {
        await this.scenario(workspaceId, scenarioId);
        return designFromState(await this.rooms.readState(scenarioId));
      }),
    );
    return compare(designA!, designB!);
  }

  async renameScenario(workspaceId: string, scenarioId: string, body: unknown): Promise<ScenarioSummary> {
    const { name: newName } = parseBody(renameScenarioRequest, body);
    const renamed = await this.store.renameScenario(workspaceId, scenarioId, newName, Date.now());
    if (!renamed) throw errors.scenarioNotFound();
    await this.announce(workspaceId);
    return scenarioSummary(renamed);
  }

  async deleteScenario(workspaceId: string, scenarioId: string): Promise<void> {
    await this.scenario(workspaceId, scenarioId);
    await this.rooms.drop(scenarioId, CLOSE.scenarioDeleted);
    if (!(await this.store.deleteScenario(workspaceId, scenarioId))) throw errors.scenarioNotFound();
    this.log.info({ workspaceId, scenarioId }, 'scenario deleted');
    await this.announce(workspaceId);
  }

  async exportScenario(
    workspaceId: string,
    scenarioId: string,
  ): Promise<{ scenario: ScenarioRecord; design: DesignFile }> {
    const scenario = await this.scenario(workspaceId, scenarioId);
    return { scenario, design: designOf(await this.rooms.readState(scenarioId)) };
  }

  async listVersions(workspaceId: string, scenarioId: string): Promise<VersionSummary[]> {
    await this.scenario(workspaceId, scenarioId);
    return (await this.store.listVersions(scenarioId)).map(versionSummary);
  }

  async saveVersion(workspaceId: string, scenarioId: string, body: unknown): Promise<VersionSummary> {
    const { label, author } = parseBody(saveVersionRequest, body);
    await this.scenario(workspaceId, scenarioId);
    const record: VersionRecord = {
      id: newId(),
      scenarioId,
      createdAt: Date.now(),
      label,
      author,
      auto: false,
    };
    const state = await this.rooms.readState(scenarioId);
    await this.checkRoom(workspaceId, state.byteLength);
    await this.store.snapshot(record, state);
    const loaded = this.rooms.loaded(scenarioId);
    if (loaded) void loaded.then((room) => room.noteVersion(record.createdAt)).catch(() => undefined);
    this.log.info({ workspaceId, scenarioId, versionId: record.id }, 'version saved');
    return versionSummary(record);
  }

  /** Called by a room while its scenario changes. */
  async autoVersion(scenarioId: string, state: Uint8Array): Promise<void> {
    await this.store.snapshot(
      { id: newId(), scenarioId, createdAt: Date.now(), label: '', author: '', auto: true },
      state,
    );
    this.log.debug({ scenarioId }, 'automatic version taken');
  }

  async getVersion(workspaceId: string, scenarioId: string, versionId: string): Promise<VersionDetail> {
    await this.scenario(workspaceId, scenarioId);
    const found = await this.store.getVersion(scenarioId, versionId);
    if (!found) throw errors.versionNotFound();
    return { ...versionSummary(found.version), design: designOf(found.state) };
  }
}

/**
 * The Yjs client id of the server's writes into a brand-new scenario document. Every item of a document
 * names its writer's id (as a variable-length number) and a random id takes five bytes where this takes
 * one: an imported 1,000-role scenario is stored (and sent to each client that opens it) some 18% smaller.
 * Safe because that writer only ever writes once, into a fresh document that becomes a new scenario:
 * no later writer reuses the id on the same document (every Y.Doc draws its own random id, and Yjs
 * draws a new one should a replica ever meet its own id in someone else's update).
 */
const FRESH_DOCUMENT_CLIENT = 1;

/** A fresh document holding a design, as one update. */
function designState(design: Design, reason: 'template' | 'import'): Uint8Array {
  const doc = new Y.Doc();
  doc.clientID = FRESH_DOCUMENT_CLIENT;
  try {
    writeDesign(doc, design, { kind: 'server', reason });
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}

/** The figures the scenario list shows. */
function figuresOfDesign(design: Design): ScenarioFigures {
  const { roles, headcount } = headcountOf(design);
  const cost = personnelCost(design);
  return { roles, headcount, cost: cost.total, costIncomplete: cost.incomplete };
}

/** The JSON v1 of a document state; the read model tolerates any content. */
function designOf(state: Uint8Array): DesignFile {
  return toJSONValue(designFromState(state));
}

function designFromState(state: Uint8Array): ReturnType<typeof readDesign> {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
    return readDesign(doc);
  } finally {
    doc.destroy();
  }
}

/** A CSV org chart as a design; every bad line comes back at once, with its line and column. */
function csvDesign(text: string, name: string): ReturnType<typeof readDesign> {
  const parsed = fromCSV(text, name);
  if (parsed.ok) return parsed.value;
  const first = parsed.error[0];
  throw new ApiError(
    400,
    'invalid-csv',
    `The CSV file has ${parsed.error.length} problem(s); nothing was imported. ${first?.message ?? ''}`,
    `CSV 文件共有 ${parsed.error.length} 处问题，未导入任何内容。${first?.messageZh ?? ''}`,
    parsed.error.map((error) => ({
      path: `csv:${error.line}${error.column === null ? '' : `:${error.column}`}`,
      message: error.message,
      messageZh: error.messageZh,
    })),
  );
}
