import { getTranslations } from 'next-intl/server';
import { Badge, TableWrap } from '@/components/ui/card';

type Row = { key: number; nominee: string; form: string; unit: string; result: { yes: number; no: number; abstain: number; approved: boolean | null } };

/** The counts of a closed session against the YES votes needed of all members. */
export async function ResultsTable({ rows, memberCount, required }: { rows: Row[]; memberCount: number; required: number }) {
  const t = await getTranslations('council');
  return (
    <TableWrap label={t('results')}>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('nominee')}</th>
            <th scope="col">{t('form')}</th>
            <th scope="col">{t('yes')}</th>
            <th scope="col">{t('no')}</th>
            <th scope="col">{t('abstain')}</th>
            <th scope="col">{t('result')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <td>
                <div className="font-medium">{r.nominee}</div>
                <div className="text-xs text-slate-600">{r.unit}</div>
              </td>
              <td>{r.form}</td>
              <td>{r.result.yes}</td>
              <td>{r.result.no}</td>
              <td>{r.result.abstain}</td>
              <td>
                <Badge tone={r.result.approved ? 'good' : 'bad'}>{r.result.approved ? t('approved') : t('rejected')}</Badge>
                <div className="mt-1 text-xs text-slate-600">{t('yesOfMembers', { yes: r.result.yes, members: memberCount, required })}</div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
