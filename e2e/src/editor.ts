import type { Locator, Page } from 'playwright-core';

/** Handles on the editor a user sees: the outline (an ARIA tree) is the accessible way in. */
export function treeItem(page: Page, roleId: string): Locator {
  return page.locator(`[role="treeitem"][data-role-id="${roleId}"]`);
}

export function treeItems(page: Page): Locator {
  return page.getByRole('tree').getByRole('treeitem');
}

export async function openEditor(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('tree').waitFor();
}

/** Renames a role in place from the outline: select it, F2, type, Enter. */
export async function renameInOutline(page: Page, roleId: string, title: string): Promise<void> {
  await treeItem(page, roleId).click();
  await treeItem(page, roleId).press('F2');
  const input = page.getByTestId('rename-input');
  await input.fill(title);
  await input.press('Enter');
}

/** Drags one card onto another on the canvas with the mouse, as a user does to change a manager. */
export async function dragCardOnto(page: Page, roleId: string, managerId: string): Promise<void> {
  await page.waitForFunction(() => window.__orgCanvas !== undefined);
  // Bring both cards into view first: a card under the minimap or off screen cannot be grabbed.
  await page.evaluate(([from, to]) => window.__orgCanvas?.reveal([from!, to!]), [roleId, managerId]);
  await page.waitForTimeout(400);
  const rects = await page.waitForFunction(
    ([from, to]) => {
      const hook = window.__orgCanvas;
      const source = hook?.cardRect(from!);
      const target = hook?.cardRect(to!);
      return source && target ? { source, target } : null;
    },
    [roleId, managerId],
  );
  const { source, target } = (await rects.jsonValue())!;
  await page.mouse.move(source.x + source.width / 2, source.y + source.height / 2);
  await page.mouse.down();
  const steps = 12;
  for (let step = 1; step <= steps; step++) {
    await page.mouse.move(
      source.x + source.width / 2 + ((target.x - source.x) * step) / steps,
      source.y + source.height / 2 + ((target.y - source.y) * step) / steps,
    );
  }
  await page.mouse.up();
}

declare global {
  interface Window {
    /** Set by every browser context of the journeys (see browser.ts) so the canvas installs its hook. */
    __orgCanvasTestHookEnabled?: boolean;
    __orgCanvas?: {
      cardRect(roleId: string): { x: number; y: number; width: number; height: number } | null;
      visibleRoles(): string[];
      scale(): number;
      reveal(roleIds: readonly string[]): void;
      peers(): {
        name: string;
        color: string;
        pointer: { x: number; y: number } | null;
        selection: string[];
      }[];
    };
  }
}
