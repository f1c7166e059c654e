import { getLocale, getTranslations } from 'next-intl/server';
import { segmentId, orNotFound } from '@/lib/pages/detail';
import { requirePagePermission } from '@/lib/auth/session';
import { getPersonHistory } from '@/lib/registry/queries';
import type { Locale } from '@/lib/i18n/config';
import { Badge, Card, EmptyState, PageHeader } from '@/components/ui/card';
import { ButtonLink } from '@/components/ui/button';
import { SourceBadge } from '@/components/registry/source-badge';
import { DecisionLine } from '@/components/registry/decision-line';
import { codeLabel } from '@/components/registry/labels';

export default async function PersonHistoryPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePagePermission('registry:read');
  const id = segmentId((await params).id);
  const history = await orNotFound(getPersonHistory(actor, id), 'any');
  const t = await getTranslations('registry');
  const locale = (await getLocale()) as Locale;
  const { person, entries, codes } = history;
  const years = [...new Set(entries.map((e) => e.year))];
  return (
    <div className="max-w-4xl">
      <PageHeader
        title={t('person.title', { name: person.fullName })}
        subtitle={[person.position, person.unit.name].filter(Boolean).join(' · ')}
        actions={
          <ButtonLink variant="secondary" href="/registry">
            {t('person.back')}
          </ButtonLink>
        }
      />
      {!person.active && (
        <p className="mb-3">
          <Badge tone="warn">{t('person.inactive')}</Badge>
        </p>
      )}
      {entries.length === 0 ? (
        <Card>
          <EmptyState>{t('person.empty')}</EmptyState>
        </Card>
      ) : (
        <div className="space-y-3">
          {years.map((year) => (
            <Card key={year} title={t('person.yearHeading', { year })}>
              <ul className="divide-y">
                {entries
                  .filter((e) => e.year === year)
                  .map((e) => (
                    <li key={e.id} className="flex flex-wrap items-start justify-between gap-2 py-2 text-sm">
                      <span>
                        <span className="font-medium">{codeLabel(codes, e.code, locale)}</span>
                        <span className="block text-xs text-slate-500">
                          {t(`kinds.${e.kind}`)}
                          {e.note ? ` · ${e.note}` : ''}
                          {e.unit.id !== person.unit.id ? ` · ${t('person.recordedBy', { unit: e.unit.name })}` : ''}
                        </span>
                      </span>
                      <span className="flex flex-col items-end gap-1 text-right">
                        <SourceBadge source={e.source} />
                        <DecisionLine number={e.decisionNumber} date={e.decisionDate} issuer={e.issuer} />
                      </span>
                    </li>
                  ))}
              </ul>
            </Card>
          ))}
        </div>
      )}
    </div>
  );
}
