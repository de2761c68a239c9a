import * as Y from 'yjs';
import type { z } from 'zod';
import { parseDesign, readDesign, toJSONValue, writeDesign, type DesignFile } from '@orgcanvas/model';
import { templateById, templateDesign } from '@orgcanvas/templates';
import { type Access, accessFor, hashToken, newId, newToken, viewTokenFor } from '../auth/index.js';
import type { Logger } from '../log.js';
import {
  CLOSE,
  createScenarioRequest,
  createWorkspaceRequest,
  renameScenarioRequest,
  saveVersionRequest,
  type BasedOn,
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

  constructor(
    private readonly store: Store,
    private readonly rooms: Rooms,
    private readonly log: Logger,
  ) {}

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
    const access = workspace ? accessFor(workspace, token) : null;
    if (!workspace || access === null) throw errors.unauthorized();
    if (need === 'edit' && access !== 'edit') throw errors.readOnly();
    return { workspace, access };
  }

  async listScenarios(workspaceId: string): Promise<ScenarioSummary[]> {
    return (await this.store.listScenarios(workspaceId)).map(scenarioSummary);
  }

  async scenario(workspaceId: string, scenarioId: string): Promise<ScenarioRecord> {
    const found = await this.store.getScenario(workspaceId, scenarioId);
    if (!found) throw errors.scenarioNotFound();
    return found;
  }

  async createScenario(workspaceId: string, body: unknown): Promise<ScenarioSummary> {
    const input = parseBody(createScenarioRequest, body);
    const sources = [input.template, input.from, input.design].filter((s) => s !== undefined);
    if (sources.length > 1) {
      throw new ApiError(
        400,
        'invalid-request',
        'Give at most one of "template", "from" and "design".',
        '“template”、“from”、“design” 最多只能提供一个。',
        [{ path: '', message: 'at most one of template, from, design' }],
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
    if (input.template !== undefined) {
      const template = templateById(input.template);
      if (!template) throw errors.templateNotFound(input.template);
      state = designState(templateDesign(template), 'template');
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
      state = designState(parsed.value, 'import');
      basedOn = { kind: 'import' };
    } else {
      state = Y.encodeStateAsUpdate(new Y.Doc());
    }

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
    this.log.info(
      { workspaceId, scenarioId: record.id, basedOn: basedOn?.kind ?? 'blank' },
      'scenario created',
    );
    await this.announce(workspaceId);
    return scenarioSummary(record);
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
    await this.store.snapshot(record, await this.rooms.readState(scenarioId));
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

/** A fresh document holding a design, as one update. */
function designState(design: Parameters<typeof writeDesign>[1], reason: 'template' | 'import'): Uint8Array {
  const doc = new Y.Doc();
  try {
    writeDesign(doc, design, { kind: 'server', reason });
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}

/** The JSON v1 of a document state; the read model tolerates any content. */
function designOf(state: Uint8Array): DesignFile {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
    return toJSONValue(readDesign(doc));
  } finally {
    doc.destroy();
  }
}
