import { type Pay, roleCost } from '@orgcanvas/model';
import { useI18n } from '../i18n';
import { NumberField } from './fields';
import type { RoleSectionProps } from './sectionProps';

/**
 * 工资制度 with the formula spelled out and the result computed as the user types: per person, and
 * times headcount as the role's monthly personnel cost.
 */
export function PayEditor({ role, design, readOnly, actions }: RoleSectionProps) {
  const { t, locale } = useI18n();
  const unit = role.unitId === null ? undefined : design.units.find((entry) => entry.id === role.unitId);
  const cost = roleCost(role, unit);
  const money = new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en', { maximumFractionDigits: 2 });
  const set = (patch: Partial<Pay>) =>
    actions.apply({ type: 'role.update', id: role.id, patch: { pay: patch } });
  const field = (key: keyof Pay, label: string, testId: string, integerish = false) => (
    <NumberField
      label={label}
      value={role.pay[key]}
      readOnly={readOnly}
      nullable
      step={integerish ? 1 : 'any'}
      testId={testId}
      onCommit={(value) => set({ [key]: value })}
    />
  );
  return (
    <div className="pay" data-testid="pay">
      <p className="formula" data-testid="pay-formula">
        {t('inspector.payFormula')}
      </p>
      <div className="grid-2">
        {field('base', t('inspector.payBase'), 'pay-base')}
        {field('position', t('inspector.payPosition'), 'pay-position')}
        {field('standardPerformance', t('inspector.payStandard'), 'pay-standard')}
        {field('personalCoefficient', t('inspector.payPersonal'), 'pay-personal')}
        <div className="field">
          <span>{t('inspector.payDepartment')}</span>
          <output className="readonly-value">
            {unit?.performanceCoefficient ?? '1'}{' '}
            <small className="hint">
              {unit && unit.performanceCoefficient !== null
                ? t('inspector.payDeptFromUnit', { unit: unit.name })
                : t('inspector.payDeptDefault')}
            </small>
          </output>
        </div>
        {field('bonusPenalty', t('inspector.payBonus'), 'pay-bonus')}
      </div>
      <dl className="cost">
        <div>
          <dt>{t('inspector.payPerPerson')}</dt>
          <dd data-testid="pay-per-person">{money.format(cost.perPerson)}</dd>
        </div>
        <div>
          <dt>{t('inspector.payMonthlyCost', { headcount: role.headcount })}</dt>
          <dd data-testid="pay-monthly-cost">
            {money.format(cost.total)}
            {!cost.complete && <small className="hint block">{t('inspector.payIncomplete')}</small>}
          </dd>
        </div>
      </dl>
    </div>
  );
}
