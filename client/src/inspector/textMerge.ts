/**
 * Where a caret ends up when someone else's edit replaces part of the text: before the edit it stays,
 * after it it shifts by the change in length, inside it it moves to the end of the new text.
 */
export function rebaseCaret(previous: string, next: string, caret: number): number {
  let prefix = 0;
  const shorter = Math.min(previous.length, next.length);
  while (prefix < shorter && previous.charCodeAt(prefix) === next.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < shorter - prefix &&
    previous.charCodeAt(previous.length - 1 - suffix) === next.charCodeAt(next.length - 1 - suffix)
  ) {
    suffix++;
  }
  if (caret <= prefix) return caret;
  if (caret >= previous.length - suffix) return caret + next.length - previous.length;
  return next.length - suffix;
}

/**
 * Our edit (from `base` to `edited`) carried onto `current`, the shared text that others may have
 * changed since `base`: their words stay and ours land where we typed them.
 */
export function rebaseEdit(base: string, edited: string, current: string): string {
  if (base === current) return edited;
  let start = 0;
  const shorter = Math.min(base.length, edited.length);
  while (start < shorter && base.charCodeAt(start) === edited.charCodeAt(start)) start++;
  let suffix = 0;
  while (
    suffix < shorter - start &&
    base.charCodeAt(base.length - 1 - suffix) === edited.charCodeAt(edited.length - 1 - suffix)
  ) {
    suffix++;
  }
  const inserted = edited.slice(start, edited.length - suffix);
  const from = rebaseCaret(base, current, start);
  const to = Math.max(from, rebaseCaret(base, current, base.length - suffix));
  return current.slice(0, from) + inserted + current.slice(to);
}
