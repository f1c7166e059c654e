import { getTranslations } from 'next-intl/server';
import { formatDay } from '@/lib/i18n/format';
import { Card } from '@/components/ui/card';

type Campaign = { name: string; theme: string; startYear: number; endYear: number; milestones: Array<{ id: number; name: string; year: number; anchorDate: Date | null; note: string | null }> };

export async function CampaignCard({ campaign }: { campaign: Campaign }) {
  const t = await getTranslations('home');
  return (
    <Card title={`${t('campaign')} ${t('campaignYears', { start: campaign.startYear, end: campaign.endYear })}`}>
      <p className="text-sm italic text-slate-700">“{campaign.theme}”</p>
      <h3 className="mt-4 text-sm font-semibold">{t('milestones')}</h3>
      <ul className="mt-1 space-y-1 text-sm">
        {campaign.milestones.map((m) => (
          <li key={m.id}>
            <span className="font-medium">{m.name}</span>
            {m.anchorDate && <span className="text-slate-600"> — {formatDay(m.anchorDate)}</span>}
          </li>
        ))}
      </ul>
    </Card>
  );
}
