import type { Comparison, Metrics } from '@orgcanvas/model';
import { type MessageKey, useI18n } from '../i18n';

interface Row {
  readonly label: string;
  readonly a: number;
  readonly b: number;
  readonly money?: boolean;
  readonly testId: string;
}

/** The numbers of both scenarios and b minus a, with cost by unit; live with the designs. */
export function MetricsTable({
  comparison,
  nameA,
  nameB,
}: {
  comparison: Comparison;
  nameA: string;
  nameB: string;
}) {
  const { t, locale } = useI18n();
  const { a, b } = comparison.metrics;
  const number = new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en', { maximumFractionDigits: 1 });
  const money = new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en', { maximumFractionDigits: 0 });
  const row = (key: MessageKey, pick: (m: Metrics) => number, testId: string, isMoney = false): Row => ({
    label: t(key),
    a: pick(a),
    b: pick(b),
    money: isMoney,
    testId,
  });
  const rows: Row[] = [
    row('numbers.headcount', (m) => m.headcount, 'headcount'),
    row('numbers.roles', (m) => m.roles, 'roles'),
    row('numbers.optional', (m) => m.optionalRoles, 'optional'),
    row('numbers.units', (m) => m.units, 'units'),
    row('numbers.layers', (m) => m.layers, 'layers'),
    row('compare.spanMax', (m) => m.spanMax, 'span-max'),
    row('compare.spanMean', (m) => m.span.mean, 'span-mean'),
    row('numbers.cost', (m) => m.cost.total, 'cost', true),
    row('numbers.optionalCost', (m) => m.cost.optionalTotal, 'optional-cost', true),
    row('numbers.noDuties', (m) => m.coverage.rolesWithoutDuties.length, 'no-duties'),
    row('numbers.noRecipient', (m) => m.coverage.itemsWithoutRecipient.length, 'no-recipient'),
    ...comparison.metrics.delta.cost.byUnit.map((unit) => ({
      label: `${t('numbers.byUnit')}: ${unit.name}`,
      a: unit.a,
      b: unit.b,
      money: true,
      testId: `unit-${unit.unitId}`,
    })),
  ];
  const format = (value: number, isMoney?: boolean) => (isMoney ? money : number).format(value);
  const signed = (value: number, isMoney?: boolean) =>
    value === 0 ? '±0' : `${value > 0 ? '+' : '−'}${format(Math.abs(value), isMoney)}`;
  return (
    <table className="metrics-table" data-testid="compare-metrics">
      <caption>{t('compare.metrics')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('compare.metric')}</th>
          <th scope="col">{nameA}</th>
          <th scope="col">{nameB}</th>
          <th scope="col">{t('compare.delta')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((entry) => (
          <tr key={entry.testId} data-testid={`metric-${entry.testId}`}>
            <th scope="row">{entry.label}</th>
            <td data-testid="metric-a">{format(entry.a, entry.money)}</td>
            <td data-testid="metric-b">{format(entry.b, entry.money)}</td>
            <td data-testid="metric-delta" className={entry.b - entry.a === 0 ? 'delta-zero' : 'delta'}>
              {signed(entry.b - entry.a, entry.money)}
            </td>
          </tr>
        ))}
      </tbody>
      {(a.cost.incomplete || b.cost.incomplete) && (
        <tfoot>
          <tr>
            <td colSpan={4} className="hint">
              {a.cost.incomplete &&
                `${nameA}: ${t('numbers.costIncomplete', { count: a.cost.incompleteRoles.length })} `}
              {b.cost.incomplete &&
                `${nameB}: ${t('numbers.costIncomplete', { count: b.cost.incompleteRoles.length })}`}
            </td>
          </tr>
        </tfoot>
      )}
    </table>
  );
}
