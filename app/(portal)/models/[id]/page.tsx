import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { requireActorForPage } from '@/lib/auth/session';
import { getModel, MODEL_STATUSES } from '@/lib/models/queries';
import { getSetting } from '@/lib/settings/queries';
import { formatDate } from '@/lib/i18n/format';
import { Alert, Card, PageHeader } from '@/components/ui/card';
import { ClientMessages } from '@/components/ui/client-messages';
import { ModelStatusBadge } from '@/components/models/model-status';
import { ModelText } from '@/components/models/model-text';
import { PhotoGallery } from '@/components/models/photo-gallery';
import { ModelForm } from '@/components/models/model-form';
import { AddPhotoForm, RemovePhotoForm } from '@/components/models/photo-forms';
import { ModelActions } from '@/components/models/model-actions';
import { MAX_PHOTOS } from '@/lib/models/schema';
import { segmentId, orNotFound } from '@/lib/pages/detail';

export async function generateMetadata() {
  const t = await getTranslations('models');
  return { title: t('title') };
}

export default async function ModelPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string; moved?: string }> }) {
  const actor = await requireActorForPage();
  const id = segmentId((await params).id);
  const t = await getTranslations();
  const { model, can } = await orNotFound(getModel(actor, id));
  const query = await searchParams;
  const created = query.created === '1';
  const moved = MODEL_STATUSES.find((s) => s === query.moved && s === model.status);
  const maxMb = await getSetting(actor.provinceId, 'files.maxUploadMb');
  const anyMove = can.submit || can.return || can.publish || can.archive;
  return (
    <>
      <PageHeader title={model.title} subtitle={`${model.unit.name}${model.publishedAt ? ` · ${t('models.publishedOn', { date: formatDate(model.publishedAt) })}` : ''}`} actions={<ModelStatusBadge status={model.status} />} />
      <p className="mb-4 text-sm">
        <Link href="/models">{t('models.backToList')}</Link>
        {model.status === 'PUBLISHED' && (
          <>
            {' · '}
            <Link href={`/public/models/${model.id}`}>{t('models.publicLink')}</Link>
          </>
        )}
      </p>
      <div className="mb-4 space-y-2">
        {created && <Alert tone="success">{t('models.createdNotice')}</Alert>}
        {moved && <Alert tone="success">{t(`models.moved.${moved}`)}</Alert>}
        {model.curatorNote && (model.status === 'RETURNED' || can.publish) && <Alert tone={model.status === 'RETURNED' ? 'warning' : 'info'}>{t('models.noteFromCurator', { note: model.curatorNote })}</Alert>}
      </div>
      <ClientMessages areas={['models', 'validation']}>
        <div className="grid gap-4 lg:grid-cols-3">
          <div className="space-y-4 lg:col-span-2">
            <Card title={t('models.summary')}>
              <ModelText text={model.summary} className="font-medium" />
            </Card>
            <Card title={t('models.body')}>
              <ModelText text={model.body} />
            </Card>
            <Card title={t('models.photos', { count: model.photos.length })}>
              <PhotoGallery photos={model.photos} alt={model.title} />
              {can.edit && model.photos.length > 0 && (
                <ul className="mt-3 space-y-2 text-sm">
                  {model.photos.map((p, i) => (
                    <li key={p.id} className="flex flex-wrap items-center justify-between gap-2">
                      <span>{p.caption ?? t('models.photoN', { n: i + 1 })}</span>
                      <RemovePhotoForm id={model.id} version={model.version} photoId={p.id} caption={p.caption ?? t('models.photoN', { n: i + 1 })} />
                    </li>
                  ))}
                </ul>
              )}
              {can.edit && model.photos.length < MAX_PHOTOS && (
                <div className="mt-4 border-t border-slate-200 pt-4">
                  <AddPhotoForm id={model.id} version={model.version} maxMb={maxMb} />
                </div>
              )}
            </Card>
          </div>
          <div className="space-y-4">
            {anyMove && (
              <Card title={t('models.actionsTitle')}>
                <ModelActions id={model.id} version={model.version} can={can} />
              </Card>
            )}
            {can.edit && (
              <Card title={t('models.editText')}>
                <ModelForm model={{ id: model.id, version: model.version, title: model.title, summary: model.summary, body: model.body }} maxMb={maxMb} />
              </Card>
            )}
          </div>
        </div>
      </ClientMessages>
    </>
  );
}
