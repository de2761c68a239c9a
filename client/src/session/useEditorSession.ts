import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { browserUserId } from './identity';
import { EditorSession } from './session';

/**
 * This browser's session on a scenario doc, for as long as the editor is open. `viewOnly` follows the
 * access (a view link, the server's demotion) and version previews, which are read-only too.
 */
export function useEditorSession(doc: Y.Doc, readOnly: boolean, viewOnly: boolean): EditorSession {
  const [session] = useState(() => new EditorSession(doc, { userId: browserUserId(), readOnly }));
  useEffect(() => () => session.destroy(), [session]);
  useEffect(() => session.setReadOnly(viewOnly), [session, viewOnly]);
  return session;
}
