import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { getPublicDisclosures } from '@/lib/proposals/disclosure-queries';
import { commentFormToken } from '@/lib/proposals/public-comments';
import { formatDay } from '@/lib/i18n/format';
import { LanguageSwitch } from '@/components/shell/language-switch';
import { Card, EmptyState } from '@/components/ui/card';
import { ClientMessages } from '@/components/ui/client-messages';
import { PublicCommentForm } from '@/components/proposals/public-comment-form';

export async function generateMetadata() {
  const t = await getTranslations('commendation.public');
  return { title: t('title') };
}

/** Proposals under public disclosure (công khai), open to anyone's comments while their window lasts. */
export default async function PublicDisclosurePage({ searchParams }: { searchParams: Promise<{ province?: string }> }) {
  const { province } = await searchParams;
  const t = await getTranslations();
  const en = (await getLocale()) === 'en';
  const data = await getPublicDisclosures(province);
  return (
    <div className="min-h-screen">
      <header className="bg-brand-700 px-4 py-4 text-white">
        <div className="mx-auto flex max-w-4xl flex-wrap items-center justify-between gap-2">
          <div>
            <div className="text-xs uppercase tracking-wide text-brand-100">{t('public.title')}</div>
            <div className="text-lg font-semibold">{t('app.name')}</div>
          </div>
          <div className="flex items-center gap-3">
            <LanguageSwitch />
            <Link href="/public" className="text-sm text-white underline">
              {t('commendation.public.back')}
            </Link>
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-4xl space-y-4 px-4 py-6">
        <h1>{t('commendation.public.title')}</h1>
        <p className="text-sm text-slate-600">{t('commendation.public.intro')}</p>
        {!data || data.proposals.length === 0 ? (
          <EmptyState>{t('commendation.public.empty')}</EmptyState>
        ) : (
          data.proposals.map((p) => (
            <article key={p.id} aria-labelledby={`proposal-${p.id}`} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
              <h2 id={`proposal-${p.id}`}>
                {p.nominee}
                {p.position && <span className="font-normal text-slate-600"> – {p.position}</span>}
              </h2>
              <p className="mt-1 text-sm">{t('commendation.public.proposedFor', { form: en ? (p.form.nameEn ?? p.form.name) : p.form.name, year: p.year })}</p>
              <p className="text-sm text-slate-600">{t('commendation.public.unit', { unit: p.unit })}</p>
              <p className="mt-1 text-sm font-medium text-brand-800">{t('commendation.public.window', { start: formatDay(p.start), end: formatDay(p.end) })}</p>
              <h3 className="mt-3 text-sm font-semibold">{t('commendation.public.achievements')}</h3>
              <p className="whitespace-pre-line text-sm">{p.achievements}</p>
              <Card className="mt-4 bg-slate-50" title={t('commendation.public.commentTitle')}>
                <ClientMessages areas={['commendation']}>
                  <PublicCommentForm proposalId={p.id} token={commentFormToken(p.id)} />
                </ClientMessages>
              </Card>
            </article>
          ))
        )}
      </main>
    </div>
  );
}
