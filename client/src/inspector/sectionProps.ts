import type { Design, Role } from '@orgcanvas/model';
import type { EditorActions } from '../session';

/** What every section of the role inspector works with. */
export interface RoleSectionProps {
  readonly role: Role;
  readonly design: Design;
  readonly readOnly: boolean;
  readonly actions: EditorActions;
}
