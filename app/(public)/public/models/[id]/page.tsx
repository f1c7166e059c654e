import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getPublishedModel } from '@/lib/models/public-queries';
import { formatDate } from '@/lib/i18n/format';
import { Card } from '@/components/ui/card';
import { PublicFrame } from '@/components/models/public-frame';
import { ModelText } from '@/components/models/model-text';
import { PhotoGallery } from '@/components/models/photo-gallery';
import { segmentId } from '@/lib/pages/detail';

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const model = /^\d{1,9}$/.test(id) ? await getPublishedModel(Number(id)) : null;
  const t = await getTranslations('models');
  return { title: model?.title ?? t('publicTitle') };
}

export default async function PublicModelPage({ params }: { params: Promise<{ id: string }> }) {
  const id = segmentId((await params).id);
  const model = await getPublishedModel(id);
  if (!model) notFound();
  const t = await getTranslations();
  return (
    <PublicFrame>
      <p className="text-sm">
        <Link href="/public/models">{t('models.backToPublic')}</Link>
      </p>
      <article className="space-y-4" aria-labelledby="model-title">
        <header>
          <h1 id="model-title">{model.title}</h1>
          <p className="mt-1 text-sm text-slate-600">
            {model.unit.name}
            {model.publishedAt && ` · ${t('models.publishedOn', { date: formatDate(model.publishedAt) })}`}
          </p>
        </header>
        <ModelText text={model.summary} className="text-lg font-medium" />
        <PhotoGallery photos={model.photos} alt={model.title} />
        <Card>
          <ModelText text={model.body} />
        </Card>
      </article>
    </PublicFrame>
  );
}
