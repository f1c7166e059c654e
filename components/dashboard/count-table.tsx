import type { CountRow } from '@/lib/dashboard/commendation-stats';
import { TableWrap } from '@/components/ui/card';

/** Counts by a key (a form, a unit kind, a state) and year, with totals; keys named by the caller. */
export function CountTable({ rows, years, label, keyHeader, totalHeader, nameOf, testId }: {
  rows: CountRow[];
  years: number[];
  label: string;
  keyHeader: string;
  totalHeader: string;
  nameOf: (key: string) => string;
  testId?: string;
}) {
  const keys = [...new Set(rows.map((r) => r.key))];
  const count = (key: string, year: number) => rows.filter((r) => r.key === key && r.year === year).reduce((s, r) => s + r.count, 0);
  const total = (key: string) => rows.filter((r) => r.key === key).reduce((s, r) => s + r.count, 0);
  return (
    <TableWrap label={label}>
      <table className="text-sm" data-testid={testId}>
        <thead>
          <tr>
            <th scope="col">{keyHeader}</th>
            {years.map((y) => (
              <th key={y} scope="col" className="text-right">
                {y}
              </th>
            ))}
            <th scope="col" className="text-right">
              {totalHeader}
            </th>
          </tr>
        </thead>
        <tbody>
          {keys
            .sort((a, b) => total(b) - total(a))
            .map((key) => (
              <tr key={key}>
                <th scope="row" className="font-normal">
                  {nameOf(key)}
                </th>
                {years.map((y) => (
                  <td key={y} className="text-right">
                    {count(key, y) || ''}
                  </td>
                ))}
                <td className="text-right font-medium">{total(key)}</td>
              </tr>
            ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
