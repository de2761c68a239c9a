import * as Y from 'yjs';

/**
 * Writes a whole new string into a Y.Text as the smallest splice (common prefix and suffix kept), so a
 * UI that sends the full field on every keystroke still merges with someone typing elsewhere in it.
 */
export function setText(node: Y.Map<unknown>, key: string, next: string): void {
  const current = node.get(key);
  if (!(current instanceof Y.Text)) {
    node.set(key, new Y.Text(next));
    return;
  }
  const previous = current.toString();
  if (previous === next) return;
  let start = 0;
  const shorter = Math.min(previous.length, next.length);
  while (start < shorter && previous.charCodeAt(start) === next.charCodeAt(start)) start++;
  let endPrevious = previous.length;
  let endNext = next.length;
  while (
    endPrevious > start &&
    endNext > start &&
    previous.charCodeAt(endPrevious - 1) === next.charCodeAt(endNext - 1)
  ) {
    endPrevious--;
    endNext--;
  }
  // Never split a surrogate pair: step back onto its first half.
  if (start > 0 && isHighSurrogate(previous.charCodeAt(start - 1))) start--;
  if (endPrevious > start) current.delete(start, endPrevious - start);
  if (endNext > start) current.insert(start, next.slice(start, endNext));
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
