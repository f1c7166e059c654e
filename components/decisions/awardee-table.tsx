import { getTranslations } from 'next-intl/server';
import { TableWrap } from '@/components/ui/card';

type Awardee = { kind: 'PERSON' | 'COLLECTIVE'; name: string; unit: string; form: string; position?: string | null };

/** Who a decision commends: collectives, then individuals. The public list leaves positions out. */
export async function AwardeeTable({ awardees, showPosition = false }: { awardees: Awardee[]; showPosition?: boolean }) {
  const t = await getTranslations('council.decisions');
  return (
    <TableWrap label={t('awardeeList')}>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('name')}</th>
            {showPosition && <th scope="col">{t('position')}</th>}
            <th scope="col">{t('unit')}</th>
            <th scope="col">{t('form')}</th>
          </tr>
        </thead>
        <tbody>
          {awardees.map((a, i) => (
            <tr key={`${a.kind}-${a.name}-${i}`}>
              <td>
                <span className="font-medium">{a.name}</span>
                <span className="block text-xs text-slate-600">{t(`kind.${a.kind}`)}</span>
              </td>
              {showPosition && <td>{a.position ?? '—'}</td>}
              <td>{a.unit}</td>
              <td>{a.form}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
