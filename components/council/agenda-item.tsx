import { getTranslations } from 'next-intl/server';
import type { CouncilSessionView } from '@/lib/council/queries';
import { Badge, Card } from '@/components/ui/card';

/** A proposal before the council, with the dossier members read before they vote. */
export async function AgendaItem({ item, index, children }: { item: CouncilSessionView['items'][number]; index: number; children?: React.ReactNode }) {
  const t = await getTranslations('council');
  return (
    <Card
      title={
        <span>
          {index}. {item.nominee}
        </span>
      }
      actions={<Badge>{t(`recipient.${item.recipient}`)}</Badge>}
    >
      <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="text-slate-600">{t('form')}</dt>
        <dd className="font-medium">
          {item.form} ({t('year')} {item.year})
        </dd>
        {item.nomineeUnit && item.nomineeUnit !== item.nominee && (
          <>
            <dt className="text-slate-600">{t('decisions.unit')}</dt>
            <dd>{[item.position, item.nomineeUnit].filter(Boolean).join(', ')}</dd>
          </>
        )}
        <dt className="text-slate-600">{t('proposingUnit')}</dt>
        <dd>{item.proposingUnit}</dd>
      </dl>
      <h3 className="mt-3 text-sm font-semibold">{t('achievements')}</h3>
      <p className="whitespace-pre-line text-sm">{item.achievements}</p>
      {item.appraisalNote && (
        <>
          <h3 className="mt-3 text-sm font-semibold">{t('appraisalNote')}</h3>
          <p className="whitespace-pre-line text-sm">{item.appraisalNote}</p>
        </>
      )}
      <h3 className="mt-3 text-sm font-semibold">{t('dossier')}</h3>
      {item.documents.length === 0 ? (
        <p className="text-sm text-slate-500">{t('noDocuments')}</p>
      ) : (
        <ul className="list-disc pl-5 text-sm">
          {item.documents.map((d) => (
            <li key={d.fileId}>
              {/* a download, not a page: a plain link, never prefetched */}
              <a href={`/api/files/${d.fileId}`}>
                {t(`docTypes.${d.docType}`)}: {d.name}
              </a>
            </li>
          ))}
        </ul>
      )}
      {children && <div className="mt-3">{children}</div>}
    </Card>
  );
}
