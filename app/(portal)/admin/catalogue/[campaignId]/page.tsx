import { getTranslations } from 'next-intl/server';
import { requirePagePermission } from '@/lib/auth/session';
import { getCampaignParts, getPeriodsForAdmin } from '@/lib/catalogue/admin-queries';
import { segmentId, orNotFound } from '@/lib/pages/detail';
import { dateToDay } from '@/lib/clock';
import { formatDay } from '@/lib/i18n/format';
import { Alert, Card, EmptyState } from '@/components/ui/card';
import { CampaignForm } from '@/components/catalogue/campaign-form';
import { ContestAreaForm, FocusItemForm, MilestoneForm } from '@/components/catalogue/campaign-parts';

function Expandable({ summary, children }: { summary: React.ReactNode; children: React.ReactNode }) {
  return (
    <details className="group py-2">
      <summary className="cursor-pointer list-none py-1 text-sm marker:hidden">
        <span className="text-blue-800 group-open:font-semibold">{summary}</span>
      </summary>
      <div className="mt-2 rounded-md border border-slate-200 p-3">{children}</div>
    </details>
  );
}

export default async function CampaignPage({ params, searchParams }: { params: Promise<{ campaignId: string }>; searchParams: Promise<{ created?: string }> }) {
  const actor = await requirePagePermission('admin:manage');
  const t = await getTranslations();
  const campaignId = segmentId((await params).campaignId);
  const { campaign, milestones, areas, focusItems } = await orNotFound(getCampaignParts(actor, campaignId));
  const created = (await searchParams).created === '1';
  const periods = created ? (await getPeriodsForAdmin(actor, campaign.id)).length : 0;
  return (
    <div className="space-y-5">
      {created && <Alert tone="success">{t('catalogue.campaignCreated', { code: campaign.code, count: periods })}</Alert>}
      <Card title={t('catalogue.sections.campaign')}>
        <CampaignForm
          campaign={{
            id: campaign.id,
            updatedAt: campaign.updatedAt.toISOString(),
            code: campaign.code,
            name: campaign.name,
            nameEn: campaign.nameEn,
            theme: campaign.theme,
            startYear: campaign.startYear,
            endYear: campaign.endYear,
            documentRef: campaign.documentRef,
            active: campaign.active,
          }}
        />
      </Card>
      <div className="grid gap-5 lg:grid-cols-2">
        <Card title={t('catalogue.sections.milestones')}>
          {milestones.length === 0 && <EmptyState>{t('catalogue.noMilestones')}</EmptyState>}
          <div className="divide-y divide-slate-100">
            {milestones.map((m) => (
              <Expandable key={m.id} summary={`${m.name}${m.anchorDate ? ` · ${formatDay(m.anchorDate)}` : ''}`}>
                <MilestoneForm
                  campaignId={campaign.id}
                  milestone={{ id: m.id, fingerprint: m.fingerprint, code: m.code, kind: m.kind, name: m.name, year: m.year, anchorDate: m.anchorDate ? formatDay(dateToDay(m.anchorDate)) : '', note: m.note ?? '' }}
                />
              </Expandable>
            ))}
            <Expandable summary={`+ ${t('catalogue.sections.addMilestone')}`}>
              <MilestoneForm campaignId={campaign.id} />
            </Expandable>
          </div>
        </Card>
        <Card title={t('catalogue.sections.areas')}>
          {areas.length === 0 && <EmptyState>{t('catalogue.noAreas')}</EmptyState>}
          <div className="divide-y divide-slate-100">
            {areas.map((a) => (
              <Expandable key={a.id} summary={`${a.sortOrder}. ${a.name}`}>
                <ContestAreaForm campaignId={campaign.id} area={{ id: a.id, fingerprint: a.fingerprint, code: a.code, name: a.name, nameEn: a.nameEn ?? '', sortOrder: a.sortOrder }} />
              </Expandable>
            ))}
            <Expandable summary={`+ ${t('catalogue.sections.addArea')}`}>
              <ContestAreaForm campaignId={campaign.id} nextOrder={Math.max(0, ...areas.map((a) => a.sortOrder)) + 1} />
            </Expandable>
          </div>
        </Card>
      </div>
      <Card title={t('catalogue.sections.focus')}>
        {focusItems.length === 0 && <EmptyState>{t('catalogue.noFocus')}</EmptyState>}
        <div className="divide-y divide-slate-100">
          {focusItems.map((f) => (
            <Expandable key={f.id} summary={`${t(`catalogue.focusKinds.${f.kind}`)} ${f.number}: ${f.name}`}>
              <FocusItemForm campaignId={campaign.id} item={{ id: f.id, fingerprint: f.fingerprint, kind: f.kind, number: f.number, name: f.name, nameEn: f.nameEn ?? '' }} />
            </Expandable>
          ))}
          <Expandable summary={`+ ${t('catalogue.sections.addFocus')}`}>
            <FocusItemForm campaignId={campaign.id} />
          </Expandable>
        </div>
      </Card>
    </div>
  );
}
