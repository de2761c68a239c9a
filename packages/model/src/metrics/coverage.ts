import type { Cadence, Design, Id, Role } from '../types.js';

/** Occurrences per week of each cadence; ad hoc and unscheduled items are counted apart. */
export const WEEKLY_OCCURRENCES: Readonly<Record<Exclude<Cadence, 'adhoc'>, number>> = {
  daily: 5,
  weekly: 1,
  monthly: 0.25,
  quarterly: 1 / 13,
  yearly: 1 / 52,
};

export interface ItemRef {
  readonly roleId: Id;
  readonly areaId: Id;
  readonly itemId: Id;
}

export interface Workload {
  readonly roleId: Id;
  /** Work item occurrences per week from the items' cadences. */
  readonly weekly: number;
  /** Items done when needed (不定期). */
  readonly adhoc: number;
  /** Items without a cadence. */
  readonly unscheduled: number;
}

export interface Coverage {
  /** Roles without a single work item or additional duty. */
  readonly rolesWithoutDuties: readonly Id[];
  /** Work items of roles that say what to do but not to whom the result goes. */
  readonly itemsWithoutRecipient: readonly ItemRef[];
  /** Recipients that nobody in the design holds: headcount 0 or only an optional role. */
  readonly recipientsNotHeld: readonly Id[];
  /** Recipients receiving from more roles than `recipientLimit`. */
  readonly overloadedRecipients: readonly { readonly roleId: Id; readonly senders: number }[];
  readonly recipientLimit: number;
  readonly workload: readonly Workload[];
}

/** Who does what, and whether what they produce reaches someone who is there to receive it. */
export function coverageOf(design: Design, recipientLimit: number): Coverage {
  const byId = new Map(design.roles.map((role) => [role.id, role]));
  const rolesWithoutDuties: Id[] = [];
  const itemsWithoutRecipient: ItemRef[] = [];
  const senders = new Map<Id, Set<Id>>();
  const workload: Workload[] = [];
  for (const role of design.roles) {
    if (!hasDuties(role)) rolesWithoutDuties.push(role.id);
    let weekly = 0;
    let adhoc = 0;
    let unscheduled = 0;
    for (const area of role.responsibilities) {
      for (const item of area.items) {
        if (item.cadence === null) unscheduled++;
        else if (item.cadence === 'adhoc') adhoc++;
        else weekly += WEEKLY_OCCURRENCES[item.cadence];
        if (item.recipient === null) {
          itemsWithoutRecipient.push({ roleId: role.id, areaId: area.id, itemId: item.id });
        } else if (item.recipient !== role.id) {
          const from = senders.get(item.recipient) ?? new Set<Id>();
          from.add(role.id);
          senders.set(item.recipient, from);
        }
      }
    }
    workload.push({ roleId: role.id, weekly, adhoc, unscheduled });
  }
  const recipients = [...senders.keys()].filter((id) => byId.has(id));
  const order = new Map(design.roles.map((role, index) => [role.id, index]));
  recipients.sort((a, b) => order.get(a)! - order.get(b)!);
  return {
    rolesWithoutDuties,
    itemsWithoutRecipient,
    recipientsNotHeld: recipients.filter((id) => {
      const recipient = byId.get(id)!;
      return recipient.headcount === 0 || recipient.optional;
    }),
    overloadedRecipients: recipients
      .map((id) => ({ roleId: id, senders: senders.get(id)!.size }))
      .filter((entry) => entry.senders > recipientLimit),
    recipientLimit,
    workload,
  };
}

function hasDuties(role: Role): boolean {
  return role.additionalDuties.length > 0 || role.responsibilities.some((area) => area.items.length > 0);
}
