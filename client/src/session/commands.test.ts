import { describe, expect, it } from 'vitest';
import { commandForKey, isEditingCommand, type KeyInput } from './commands';

const key = (k: string, mods: Partial<KeyInput> = {}): KeyInput => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});
const outside = { focus: 'editor' } as const;
const typing = { focus: 'text' } as const;
const control = { focus: 'control' } as const;

describe('commandForKey', () => {
  it('maps the editing keys', () => {
    expect(commandForKey(key('Tab'), outside)).toEqual({ type: 'addSubordinate' });
    expect(commandForKey(key('Enter'), outside)).toEqual({ type: 'addSibling' });
    expect(commandForKey(key('F2'), outside)).toEqual({ type: 'rename' });
    expect(commandForKey(key('Delete'), outside)).toEqual({ type: 'delete' });
    expect(commandForKey(key('Escape'), outside)).toEqual({ type: 'clearSelection' });
    expect(commandForKey(key('ArrowLeft'), outside)).toEqual({ type: 'move', direction: 'left' });
  });

  it('maps undo and redo with Ctrl or Cmd', () => {
    expect(commandForKey(key('z', { ctrlKey: true }), outside)).toEqual({ type: 'undo' });
    expect(commandForKey(key('Z', { ctrlKey: true, shiftKey: true }), outside)).toEqual({ type: 'redo' });
    expect(commandForKey(key('y', { ctrlKey: true }), outside)).toEqual({ type: 'redo' });
    expect(commandForKey(key('z', { metaKey: true }), outside)).toEqual({ type: 'undo' });
  });

  it('leaves keys to a text field except Ctrl+F', () => {
    expect(commandForKey(key('Enter'), typing)).toBeNull();
    expect(commandForKey(key('z', { ctrlKey: true }), typing)).toBeNull();
    expect(commandForKey(key('Delete'), typing)).toBeNull();
    expect(commandForKey(key('f', { ctrlKey: true }), typing)).toEqual({ type: 'search' });
  });

  it('on a button keeps Tab, Enter and arrows native but honours chords and Escape', () => {
    expect(commandForKey(key('Tab'), control)).toBeNull();
    expect(commandForKey(key('Enter'), control)).toBeNull();
    expect(commandForKey(key('ArrowDown'), control)).toBeNull();
    expect(commandForKey(key('z', { ctrlKey: true }), control)).toEqual({ type: 'undo' });
    expect(commandForKey(key('Escape'), control)).toEqual({ type: 'clearSelection' });
  });

  it('ignores Shift+Tab, plain letters and Alt chords', () => {
    expect(commandForKey(key('Tab', { shiftKey: true }), outside)).toBeNull();
    expect(commandForKey(key('a'), outside)).toBeNull();
    expect(commandForKey(key('z', { ctrlKey: true, altKey: true }), outside)).toBeNull();
  });

  it('classifies which commands edit', () => {
    expect(isEditingCommand({ type: 'addSibling' })).toBe(true);
    expect(isEditingCommand({ type: 'undo' })).toBe(true);
    expect(isEditingCommand({ type: 'move', direction: 'up' })).toBe(false);
    expect(isEditingCommand({ type: 'search' })).toBe(false);
  });
});
