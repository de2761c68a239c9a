import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  type ExportedRole,
  type ExportedUnit,
  type WorkspaceLinks,
  createScenario,
  createWorkspace,
  editorUrl,
  exportScenario,
} from './api.js';
import { type BrowserSession, type Person, launchBrowser } from './browser.js';
import { openEditor } from './editor.js';
import { type RunningServer, startApp } from './server.js';

export interface PersonSpec {
  readonly name: string;
  readonly locale?: string;
  /** Opens the scenario with the view link instead of the edit link. */
  readonly viewer?: boolean;
}

/** One journey's world: a fresh app, a browser, a workspace with one scenario and people in the editor. */
export interface Journey {
  app: RunningServer;
  readonly browser: BrowserSession;
  readonly workspace: WorkspaceLinks;
  readonly scenarioId: string;
  readonly people: readonly Person[];
  /** The roles as the server holds them. */
  roles(): Promise<ExportedRole[]>;
  /** The units as the server holds them. */
  units(): Promise<ExportedUnit[]>;
}

/**
 * Registers the journey's set-up and tear-down and returns its world, filled in before the first test
 * runs. Ends with a test that no page saw an uncaught error.
 */
export function setUpJourney(options: {
  readonly workspace: string;
  /** A template id, or a whole design (JSON v1) to import. */
  readonly template?: string;
  readonly design?: unknown;
  readonly people: readonly PersonSpec[];
}): Journey {
  const journey = {} as { -readonly [K in keyof Journey]: Journey[K] };
  beforeAll(async () => {
    journey.app = await startApp();
    journey.browser = await launchBrowser();
    journey.workspace = await createWorkspace(journey.app.url, options.workspace);
    journey.scenarioId = await createScenario(journey.app.url, journey.workspace, {
      name: '方案',
      ...(options.template !== undefined ? { template: options.template } : {}),
      ...(options.design !== undefined ? { design: options.design } : {}),
    });
    const exported = () => exportScenario(journey.app.url, journey.workspace, journey.scenarioId);
    journey.roles = async () => (await exported()).roles;
    journey.units = async () => (await exported()).units;
    const people: Person[] = [];
    for (const spec of options.people) {
      const person = await journey.browser.person(spec.locale ? { locale: spec.locale } : {});
      const token = spec.viewer ? journey.workspace.viewToken : journey.workspace.editToken;
      await openEditor(
        person.page,
        editorUrl(journey.app.url, journey.workspace, journey.scenarioId, { token, name: spec.name }),
      );
      people.push(person);
    }
    journey.people = people;
  });
  afterAll(async () => {
    await journey.browser?.close();
    await journey.app?.stop();
    journey.app?.dispose();
  });
  return journey;
}

/** The closing check of every journey: nothing went wrong in any page behind the user's back. */
export function itLeftNoUncaughtError(journey: Journey): void {
  it('left no uncaught error in any page', () => {
    for (const person of journey.people) expect(person.errors).toEqual([]);
  });
}
