import { useState } from 'react';
import type { Collaborator } from '@orgcanvas/model';
import { useI18n } from '../i18n';
import type { RoleSectionProps } from './sectionProps';

type Kind = Collaborator['kind'];

/** 内部协作: units or roles of this design, or a name in words when it is neither. */
export function CollaboratorsEditor({ role, design, readOnly, actions }: RoleSectionProps) {
  const { t } = useI18n();
  const [kind, setKind] = useState<Kind>('unit');
  const [target, setTarget] = useState('');
  const [text, setText] = useState('');
  const units = new Map(design.units.map((unit) => [unit.id, unit.name]));
  const roles = new Map(design.roles.map((entry) => [entry.id, entry.title]));
  const write = (next: Collaborator[]) =>
    actions.apply({ type: 'role.update', id: role.id, patch: { internalCollaborators: next } });

  const name = (entry: Collaborator) =>
    entry.kind === 'text'
      ? entry.text
      : ((entry.kind === 'unit' ? units.get(entry.id) : roles.get(entry.id)) ?? entry.id);
  const kindLabel = (value: Kind) =>
    t(
      value === 'unit'
        ? 'inspector.collaboratorKindUnit'
        : value === 'role'
          ? 'inspector.collaboratorKindRole'
          : 'inspector.collaboratorKindText',
    );

  const add = () => {
    let entry: Collaborator | null = null;
    if (kind === 'text' && text.trim()) entry = { kind: 'text', text: text.trim() };
    if (kind !== 'text' && target) entry = { kind, id: target };
    if (!entry) return;
    write([...role.internalCollaborators, entry]);
    setTarget('');
    setText('');
  };

  const candidates =
    kind === 'unit'
      ? design.units.map((unit) => [unit.id, unit.name] as const)
      : design.roles.filter((entry) => entry.id !== role.id).map((entry) => [entry.id, entry.title] as const);

  return (
    <div className="collaborators" data-testid="collaborators">
      <ul className="chips">
        {role.internalCollaborators.map((entry, index) => (
          <li key={index} className={`chip chip-${entry.kind}`}>
            <span className="chip-kind">{kindLabel(entry.kind)}</span>
            {name(entry)}
            {!readOnly && (
              <button
                type="button"
                className="chip-remove"
                aria-label={`${t('common.remove')} ${name(entry)}`}
                onClick={() => write(role.internalCollaborators.filter((_, at) => at !== index))}
              >
                ×
              </button>
            )}
          </li>
        ))}
      </ul>
      {!readOnly && (
        <div className="add-row">
          <select
            value={kind}
            aria-label={t('inspector.addCollaborator')}
            onChange={(event) => setKind(event.target.value as Kind)}
            data-testid="collaborator-kind"
          >
            {(['unit', 'role', 'text'] as const).map((value) => (
              <option key={value} value={value}>
                {kindLabel(value)}
              </option>
            ))}
          </select>
          {kind === 'text' ? (
            <input
              type="text"
              value={text}
              aria-label={t('inspector.collaboratorText')}
              placeholder={t('inspector.collaboratorText')}
              onChange={(event) => setText(event.target.value)}
              data-testid="collaborator-text"
            />
          ) : (
            <select
              value={target}
              aria-label={kindLabel(kind)}
              onChange={(event) => setTarget(event.target.value)}
              data-testid="collaborator-target"
            >
              <option value="">—</option>
              {candidates.map(([id, label]) => (
                <option key={id} value={id}>
                  {label}
                </option>
              ))}
            </select>
          )}
          <button type="button" className="button small" onClick={add} data-testid="collaborator-add">
            {t('common.add')}
          </button>
        </div>
      )}
    </div>
  );
}
