import { useState } from 'react';
import { useI18n } from '../i18n';
import type { RoleSectionProps } from './sectionProps';

/** Dotted-line (secondary) managers of a role, drawn dashed on the canvas. */
export function DottedLines({ role, design, readOnly, actions }: RoleSectionProps) {
  const { t } = useI18n();
  const [target, setTarget] = useState('');
  const titles = new Map(design.roles.map((entry) => [entry.id, entry.title]));
  const candidates = design.roles.filter(
    (entry) => entry.id !== role.id && entry.id !== role.reportsTo && !role.dottedLines.includes(entry.id),
  );
  return (
    <div className="dotted-lines" data-testid="dotted-lines">
      <ul className="chips">
        {role.dottedLines.map((id) => (
          <li key={id} className="chip chip-dotted">
            {titles.get(id) ?? id}
            {!readOnly && (
              <button
                type="button"
                className="chip-remove"
                aria-label={`${t('common.remove')} ${titles.get(id) ?? id}`}
                onClick={() => actions.apply({ type: 'role.removeDottedLine', id: role.id, to: id })}
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
            value={target}
            aria-label={t('inspector.addDottedLine')}
            onChange={(event) => setTarget(event.target.value)}
            data-testid="dotted-line-target"
          >
            <option value="">{t('inspector.addDottedLine')}</option>
            {candidates.map((entry) => (
              <option key={entry.id} value={entry.id}>
                {entry.title}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="button small"
            disabled={!target}
            data-testid="dotted-line-add"
            onClick={() => {
              actions.apply({ type: 'role.addDottedLine', id: role.id, to: target });
              setTarget('');
            }}
          >
            {t('common.add')}
          </button>
        </div>
      )}
    </div>
  );
}
