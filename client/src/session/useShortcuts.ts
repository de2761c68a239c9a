import { useEffect } from 'react';
import { type Command, commandForKey, focusKind } from './commands';

/**
 * The editor's global shortcuts on the window. Dialogs stop their keys from reaching it; the outline
 * handles its own tree keys and lets the rest bubble here.
 */
export function useShortcuts(run: (command: Command) => void, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      if (document.querySelector('dialog[open]')) return;
      const command = commandForKey(event, { focus: focusKind(document.activeElement) });
      if (!command) return;
      event.preventDefault();
      run(command);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [run, enabled]);
}
