import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { requireActorForPage } from '@/lib/auth/session';
import { isAllowed } from '@/lib/auth/permissions';
import { listModels, MODEL_STATUSES } from '@/lib/models/queries';
import { formatDate } from '@/lib/i18n/format';
import { buttonClass, ButtonLink } from '@/components/ui/button';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import { ModelStatusBadge } from '@/components/models/model-status';

export async function generateMetadata() {
  const t = await getTranslations('models');
  return { title: t('title') };
}

/** Every signed-in role may open it: each sees what it may read (lib/models/queries). */
export default async function ModelsPage({ searchParams }: { searchParams: Promise<{ status?: string }> }) {
  const actor = await requireActorForPage();
  const t = await getTranslations();
  const params = await searchParams;
  const status = MODEL_STATUSES.find((s) => s === params.status);
  const models = await listModels(actor, { status });
  const canSubmit = isAllowed(actor, 'model:submit') && actor.unitId !== null;
  const curator = isAllowed(actor, 'model:curate');
  return (
    <>
      <PageHeader
        title={t('models.title')}
        subtitle={curator ? t('models.introCurator') : canSubmit ? t('models.introUnit') : t('models.introReader')}
        actions={canSubmit && <ButtonLink href="/models/new">{t('models.new')}</ButtonLink>}
      />
      <form method="get" className="mb-4 flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor="status" className="block text-sm font-medium">
            {t('common.status')}
          </label>
          <select id="status" name="status" defaultValue={status ?? ''} className="mt-1 block rounded-md border border-slate-300 px-3 py-2 text-base sm:text-sm">
            <option value="">{t('common.all')}</option>
            {MODEL_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`models.status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className={buttonClass('secondary')}>
          {t('common.filter')}
        </button>
      </form>
      {models.length === 0 ? (
        <EmptyState>{t('models.empty')}</EmptyState>
      ) : (
        <div className="grid gap-4 md:grid-cols-2">
          {models.map((m) => (
            <Card key={m.id}>
              <article aria-labelledby={`model-${m.id}`}>
                <div className="mb-1 flex flex-wrap items-center gap-2">
                  <ModelStatusBadge status={m.status} />
                  <span className="text-xs text-slate-600">
                    {m.unit.name} · {t('models.updated', { date: formatDate(m.updatedAt) })} · {t('models.photoCount', { count: m._count.photos })}
                  </span>
                </div>
                <h2 id={`model-${m.id}`} className="text-base">
                  <Link href={`/models/${m.id}`}>{m.title}</Link>
                </h2>
                <p className="mt-1 line-clamp-3 text-sm text-slate-700">{m.summary}</p>
              </article>
            </Card>
          ))}
        </div>
      )}
    </>
  );
}
