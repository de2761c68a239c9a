import type { ResponsibilityArea } from '../types.js';
import { pairUp } from './match.js';
import type { DutyChange } from './types.js';

/**
 * The differences between two lists of responsibility areas whose recipients are already in a's ids:
 * areas paired by id then title, items by id then text. Area and item order is not compared.
 */
export function dutyChanges(
  a: readonly ResponsibilityArea[],
  b: readonly ResponsibilityArea[],
): DutyChange[] {
  const areas = pairUp(
    a,
    b,
    (area) => area.title,
    (area) => area.title,
  );
  const changes: DutyChange[] = [];
  b.forEach((areaB, index) => {
    const areaId = areas.bToA.get(areaB.id);
    const areaA = areaId === undefined ? undefined : a.find((area) => area.id === areaId);
    if (areaA === undefined) {
      changes.push({ type: 'area-added', area: areaB, index });
      return;
    }
    if (areaA.title !== areaB.title) {
      changes.push({ type: 'area-renamed', areaId: areaA.id, before: areaA.title, after: areaB.title });
    }
    changes.push(...itemChanges(areaA, areaB));
  });
  for (const areaA of a) {
    if (!areas.aToB.has(areaA.id))
      changes.push({ type: 'area-removed', areaId: areaA.id, title: areaA.title });
  }
  return changes;
}

function itemChanges(areaA: ResponsibilityArea, areaB: ResponsibilityArea): DutyChange[] {
  const items = pairUp(
    areaA.items,
    areaB.items,
    (item) => item.text,
    (item) => item.text,
  );
  const areaId = areaA.id;
  const changes: DutyChange[] = [];
  areaB.items.forEach((itemB, index) => {
    const itemId = items.bToA.get(itemB.id);
    const itemA = itemId === undefined ? undefined : areaA.items.find((item) => item.id === itemId);
    if (itemA === undefined) {
      changes.push({ type: 'item-added', areaId, item: itemB, index });
      return;
    }
    const at = { areaId, itemId: itemA.id };
    if (itemA.text !== itemB.text)
      changes.push({ type: 'item-edited', ...at, before: itemA.text, after: itemB.text });
    if (itemA.cadence !== itemB.cadence)
      changes.push({ type: 'item-cadence-changed', ...at, before: itemA.cadence, after: itemB.cadence });
    if (itemA.time !== itemB.time)
      changes.push({ type: 'item-time-changed', ...at, before: itemA.time, after: itemB.time });
    if (itemA.recipient !== itemB.recipient) {
      changes.push({
        type: 'item-recipient-changed',
        ...at,
        before: itemA.recipient,
        after: itemB.recipient,
      });
    }
  });
  for (const itemA of areaA.items) {
    if (!items.aToB.has(itemA.id)) {
      changes.push({ type: 'item-removed', areaId, itemId: itemA.id, text: itemA.text });
    }
  }
  return changes;
}
