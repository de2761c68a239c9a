import { useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { type PresenceApi, rememberName, resolveName, usePresence } from '../presence';

export interface People {
  readonly name: string | null;
  /** Whether the name prompt is open (first visit, or the person asked to change their name). */
  readonly askingName: boolean;
  askName(): void;
  setName(name: string): void;
  readonly presence: PresenceApi;
}

/** Who I am to the others (a name asked once, then remembered) and what they see of me. */
export function usePeople(
  awareness: Awareness,
  options: {
    readonly presetName: string | null;
    readonly viewer: boolean;
    readonly selection: readonly string[];
    readonly editingRoleId: string | null;
  },
): People {
  const [name, setNameState] = useState(() => resolveName(options.presetName));
  const [askingName, setAskingName] = useState(name === null);
  const presence = usePresence(awareness, {
    name,
    viewer: options.viewer,
    selection: options.selection,
    editingRoleId: options.editingRoleId,
  });
  return {
    name,
    askingName,
    askName: () => setAskingName(true),
    setName: (chosen) => {
      setNameState(rememberName(chosen));
      setAskingName(false);
    },
    presence,
  };
}
