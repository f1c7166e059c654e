import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { requirePagePermission } from '@/lib/auth/session';
import { getProposalFormOptions } from '@/lib/proposals/queries';
import { getSetting } from '@/lib/settings/queries';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import { ClientMessages } from '@/components/ui/client-messages';
import { ProposalForm } from '@/components/proposals/proposal-form';

export default async function NewProposalPage() {
  const actor = await requirePagePermission('unit:edit');
  const t = await getTranslations();
  const en = (await getLocale()) === 'en';
  const options = await getProposalFormOptions(actor);
  if (!options) return <EmptyState>{t('commendation.noUnit')}</EmptyState>;
  const maxMb = await getSetting(actor.provinceId, 'files.maxUploadMb');
  return (
    <>
      <PageHeader title={t('commendation.newTitle')} subtitle={`${actor.unitName ?? ''} · ${t('commendation.newIntro')}`} actions={<Link href="/proposals">{t('commendation.detail.back')}</Link>} />
      <Card className="max-w-3xl">
        <ClientMessages areas={['commendation']}>
          <ProposalForm
            maxMb={maxMb}
            options={{
              forms: options.forms.map((f) => ({ code: f.code, recipient: f.recipient, label: en ? (f.nameEn ?? f.name) : f.name })),
              persons: options.persons,
              units: options.units,
              years: options.years,
            }}
          />
        </ClientMessages>
      </Card>
    </>
  );
}
