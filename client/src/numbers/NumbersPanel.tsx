import { useMemo } from 'react';
import { type Design, type HealthProblem, metrics } from '@orgcanvas/model';
import { type MessageKey, useI18n } from '../i18n';

interface NumbersPanelProps {
  readonly design: Design;
  /** Goes to a role: the editor selects it, which brings it into view. */
  onSelect(ids: string[]): void;
}

/** The live numbers of the scenario being edited, and each problem as a link to its role. */
export function NumbersPanel({ design, onSelect }: NumbersPanelProps) {
  const { t, locale } = useI18n();
  const numbers = useMemo(() => metrics(design), [design]);
  const titles = useMemo(() => new Map(design.roles.map((role) => [role.id, role.title])), [design]);
  const count = new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en', { maximumFractionDigits: 1 });
  const money = new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en', { maximumFractionDigits: 0 });
  const { span, cost, coverage } = numbers;
  const item = (key: MessageKey, value: string, testId: string) => (
    <>
      <dt>{t(key)}</dt>
      <dd data-testid={`numbers-${testId}`}>{value}</dd>
    </>
  );
  const problem = (entry: HealthProblem) =>
    t(`health.${entry.code}` as MessageKey, { value: entry.value ?? '', limit: entry.limit ?? '' });
  return (
    <div className="numbers" data-testid="numbers-panel">
      <dl>
        {item('numbers.headcount', count.format(numbers.headcount), 'headcount')}
        {item('numbers.roles', count.format(numbers.roles), 'roles')}
        {item('numbers.optional', `${numbers.optionalRoles} / ${numbers.optionalHeadcount}`, 'optional')}
        {item('numbers.units', count.format(numbers.units), 'units')}
        {item('numbers.layers', count.format(numbers.layers), 'layers')}
        {item(
          'numbers.span',
          `${count.format(span.mean)} / ${count.format(span.median)} / ${span.max}`,
          'span',
        )}
        {item('numbers.cost', money.format(cost.total), 'cost')}
        {item('numbers.optionalCost', money.format(cost.optionalTotal), 'optional-cost')}
      </dl>
      {cost.incomplete && (
        <p className="hint" data-testid="numbers-cost-incomplete">
          {t('numbers.costIncomplete', { count: cost.incompleteRoles.length })}
        </p>
      )}
      <h3>{t('numbers.byUnit')}</h3>
      <dl data-testid="numbers-by-unit">
        {cost.byUnit.map((unit) => (
          <div key={unit.unitId} style={{ display: 'contents' }}>
            <dt>{unit.name}</dt>
            <dd>{money.format(unit.total)}</dd>
          </div>
        ))}
        {cost.unassigned > 0 && (
          <>
            <dt>{t('numbers.unassigned')}</dt>
            <dd>{money.format(cost.unassigned)}</dd>
          </>
        )}
      </dl>
      <h3>{t('numbers.coverage')}</h3>
      <dl>
        {item('numbers.noDuties', String(coverage.rolesWithoutDuties.length), 'no-duties')}
        {item('numbers.noRecipient', String(coverage.itemsWithoutRecipient.length), 'no-recipient')}
        {item('numbers.notHeld', String(coverage.recipientsNotHeld.length), 'not-held')}
      </dl>
      <h3>{t('numbers.problems')}</h3>
      {numbers.health.length === 0 ? (
        <p className="empty">{t('numbers.noProblems')}</p>
      ) : (
        <ul data-testid="numbers-problems">
          {numbers.health.map((entry, index) => (
            <li key={`${entry.code}:${entry.roleId}:${index}`}>
              <button
                type="button"
                className="link-button"
                data-testid="numbers-problem"
                data-role-id={entry.roleId}
                onClick={() => onSelect([entry.roleId])}
              >
                <strong>{titles.get(entry.roleId) ?? entry.roleId}</strong>: {problem(entry)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
