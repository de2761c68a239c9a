/** Someone in the people bar: their awareness client id (the same on every screen) and name. */
export interface NamedPerson {
  readonly clientId: number;
  readonly name: string;
}

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * The short labels a name may take, shortest first. A Chinese name starts with its surname, so 王经理
 * and 李总监 are told apart by 王 and 李 (their last two characters, 经理 and 总监, are titles many
 * people share); more characters follow when two people share a surname. A Latin name reads as its
 * initials, then as more of the first name.
 */
export function labelCandidates(name: string): string[] {
  const trimmed = name.trim();
  if (!trimmed) return ['?'];
  const candidates: string[] = [];
  const add = (label: string) => {
    if (label && !candidates.includes(label)) candidates.push(label);
  };
  if (HAN.test(trimmed)) {
    const chars = [...trimmed.replace(/\s+/g, '')];
    add(chars[0]!);
    add(chars.slice(0, 2).join(''));
    if (chars.length > 2) add(chars[0]! + chars.at(-1)!);
    add(chars.slice(0, 3).join(''));
    add(chars.join(''));
    return candidates;
  }
  const words = trimmed.split(/[\s._-]+/).filter(Boolean);
  const first = [...words[0]!];
  const lastInitial = words.length > 1 ? [...words.at(-1)!][0]!.toUpperCase() : '';
  add(first[0]!.toUpperCase() + lastInitial);
  for (let length = 2; length <= first.length; length += 1)
    add(capitalised(first.slice(0, length).join('')) + lastInitial);
  add(trimmed);
  return candidates;
}

function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * One label per person, different for different people: everyone starts at their shortest label and
 * people who share one take the next, until no two share a label or they have run out. People with
 * the same name are then numbered in client-id order, which is the same on every screen.
 */
export function personLabels(people: readonly NamedPerson[]): Map<number, string> {
  const ordered = [...people].sort((a, b) => a.clientId - b.clientId);
  const candidates = new Map(ordered.map((person) => [person.clientId, labelCandidates(person.name)]));
  const level = new Map(ordered.map((person) => [person.clientId, 0]));
  const labelOf = (clientId: number) => {
    const options = candidates.get(clientId)!;
    return options[Math.min(level.get(clientId)!, options.length - 1)]!;
  };
  for (let changed = true; changed;) {
    changed = false;
    for (const group of groupsByLabel(ordered, labelOf)) {
      // People with the same name cannot be told apart by more of it: they are numbered below.
      if (new Set(group.map((clientId) => candidates.get(clientId)!.join('\n'))).size < 2) continue;
      for (const clientId of group) {
        if (level.get(clientId)! < candidates.get(clientId)!.length - 1) {
          level.set(clientId, level.get(clientId)! + 1);
          changed = true;
        }
      }
    }
  }
  const labels = new Map<number, string>();
  for (const group of groupsByLabel(ordered, labelOf))
    group.forEach((clientId, index) =>
      labels.set(clientId, index === 0 ? labelOf(clientId) : `${labelOf(clientId)}${index + 1}`),
    );
  return labels;
}

function groupsByLabel(people: readonly NamedPerson[], labelOf: (clientId: number) => string): number[][] {
  const groups = new Map<string, number[]>();
  for (const { clientId } of people) {
    const label = labelOf(clientId);
    groups.set(label, [...(groups.get(label) ?? []), clientId]);
  }
  return [...groups.values()];
}
