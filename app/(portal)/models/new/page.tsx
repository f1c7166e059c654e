import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { requirePagePermission } from '@/lib/auth/session';
import { getSetting } from '@/lib/settings/queries';
import { Card, PageHeader } from '@/components/ui/card';
import { ClientMessages } from '@/components/ui/client-messages';
import { ModelForm } from '@/components/models/model-form';
import { redirect } from 'next/navigation';

export async function generateMetadata() {
  const t = await getTranslations('models');
  return { title: t('new') };
}

export default async function NewModelPage() {
  const actor = await requirePagePermission('model:submit');
  if (actor.unitId === null) redirect('/forbidden');
  const t = await getTranslations();
  const maxMb = await getSetting(actor.provinceId, 'files.maxUploadMb');
  return (
    <>
      <PageHeader title={t('models.new')} subtitle={t('models.newIntro', { unit: actor.unitName ?? '' })} />
      <p className="mb-4 text-sm">
        <Link href="/models">{t('models.backToList')}</Link>
      </p>
      <Card>
        <ClientMessages areas={['models', 'validation']}>
          <ModelForm maxMb={maxMb} />
        </ClientMessages>
      </Card>
    </>
  );
}
