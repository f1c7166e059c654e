import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { listPublishedModels } from '@/lib/models/public-queries';
import { formatDate } from '@/lib/i18n/format';
import { EmptyState } from '@/components/ui/card';
import { PublicFrame } from '@/components/models/public-frame';

export async function generateMetadata() {
  const t = await getTranslations('models');
  return { title: t('publicTitle') };
}

/** Published exemplary models, for anyone: no sign-in, nothing but what was published. */
export default async function PublicModelsPage({ searchParams }: { searchParams: Promise<{ province?: string; page?: string }> }) {
  const params = await searchParams;
  const t = await getTranslations();
  const page = params.page && /^\d{1,4}$/.test(params.page) ? Number(params.page) : 1;
  const data = await listPublishedModels(params.province, page);
  return (
    <PublicFrame>
      <h1>{t('models.publicTitle')}</h1>
      <p className="text-sm text-slate-600">{t('models.publicIntro', { province: data?.province.name ?? '' })}</p>
      {!data || data.models.length === 0 ? (
        <EmptyState>{t('models.publicEmpty')}</EmptyState>
      ) : (
        <div className="grid gap-4 md:grid-cols-2 lg:grid-cols-3">
          {data.models.map((m) => (
            <article key={m.id} aria-labelledby={`model-${m.id}`} className="overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm">
              {m.photos[0] && (
                <img src={`/api/files/${m.photos[0].fileId}`} alt={m.photos[0].caption ?? m.title} className="h-44 w-full object-cover" loading="lazy" />
              )}
              <div className="p-4">
                <h2 id={`model-${m.id}`} className="text-base">
                  <Link href={`/public/models/${m.id}`}>{m.title}</Link>
                </h2>
                <p className="mt-1 text-xs text-slate-600">
                  {m.unit.name}
                  {m.publishedAt && ` · ${formatDate(m.publishedAt)}`}
                </p>
                <p className="mt-2 line-clamp-4 text-sm text-slate-700">{m.summary}</p>
              </div>
            </article>
          ))}
        </div>
      )}
      {data && data.pages > 1 && (
        <nav aria-label={t('models.pages')} className="flex gap-3 text-sm">
          {page > 1 && <Link href={`/public/models?page=${page - 1}`}>{t('common.previous')}</Link>}
          <span>{t('common.page', { page, pages: data.pages })}</span>
          {page < data.pages && <Link href={`/public/models?page=${page + 1}`}>{t('common.next')}</Link>}
        </nav>
      )}
    </PublicFrame>
  );
}
