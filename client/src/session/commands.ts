/** The editor's keyboard commands, as values, so the mapping is tested apart from the DOM. */
export type Command =
  | { readonly type: 'addSubordinate' }
  | { readonly type: 'addSibling' }
  | { readonly type: 'rename' }
  | { readonly type: 'delete' }
  | { readonly type: 'move'; readonly direction: 'up' | 'down' | 'left' | 'right' }
  | { readonly type: 'clearSelection' }
  | { readonly type: 'search' }
  | { readonly type: 'undo' }
  | { readonly type: 'redo' }
  | { readonly type: 'zoomToSelection' };

export type CommandType = Command['type'];

/** Commands that change the design: refused with a "view only" notice on a view link. */
const EDITING: ReadonlySet<CommandType> = new Set([
  'addSubordinate',
  'addSibling',
  'rename',
  'delete',
  'undo',
  'redo',
]);

export function isEditingCommand(command: Command): boolean {
  return EDITING.has(command.type);
}

export interface KeyInput {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
}

/**
 * Where focus is: `text` (a field that takes typing: keys belong to it, except Ctrl+F), `control` (a
 * button or link: Tab, Enter and arrows keep their usual meaning, only chords and Escape are ours) or
 * `editor` (the page, the outline or the canvas: every shortcut applies).
 */
export interface KeyContext {
  readonly focus: 'text' | 'control' | 'editor';
}

/**
 * Maps a key press to a command, or null to let the browser have it. Ctrl and Cmd are the same
 * modifier so the editor feels native on macOS.
 */
export function commandForKey(event: KeyInput, context: KeyContext): Command | null {
  const mod = event.ctrlKey || event.metaKey;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  if (mod && !event.altKey && key === 'f') return { type: 'search' };
  if (context.focus === 'text') return null;
  if (mod && !event.altKey) {
    if (key === 'z') return { type: event.shiftKey ? 'redo' : 'undo' };
    if (key === 'y' && !event.shiftKey) return { type: 'redo' };
    return null;
  }
  if (event.altKey) return null;
  if (context.focus === 'control') return key === 'Escape' ? { type: 'clearSelection' } : null;
  switch (key) {
    case 'Tab':
      return event.shiftKey ? null : { type: 'addSubordinate' };
    case 'Enter':
      return event.shiftKey ? null : { type: 'addSibling' };
    case 'F2':
      return { type: 'rename' };
    case 'Delete':
    case 'Backspace':
      return { type: 'delete' };
    case 'Escape':
      return { type: 'clearSelection' };
    case 'ArrowUp':
      return { type: 'move', direction: 'up' };
    case 'ArrowDown':
      return { type: 'move', direction: 'down' };
    case 'ArrowLeft':
      return { type: 'move', direction: 'left' };
    case 'ArrowRight':
      return { type: 'move', direction: 'right' };
    default:
      return null;
  }
}

/** Classifies the focused element; an element marked `data-shortcuts` (outline, canvas) is the editor's. */
export function focusKind(element: Element | null): KeyContext['focus'] {
  if (!element || element === document.body || element === document.documentElement) return 'editor';
  if (isTextField(element)) return 'text';
  if (element.closest('[data-shortcuts]')) return 'editor';
  return 'control';
}

/** Whether a focused element takes typing itself, so editor shortcuts must leave it alone. */
export function isTextField(element: Element | null): boolean {
  if (!element) return false;
  const tag = element.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') {
    const type = (element as HTMLInputElement).type;
    return !['button', 'checkbox', 'radio', 'submit', 'reset', 'color', 'file', 'range'].includes(type);
  }
  return (element as HTMLElement).isContentEditable === true;
}
