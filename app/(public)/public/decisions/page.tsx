import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getPublicDecisions } from '@/lib/decisions/public-queries';
import { formatDay } from '@/lib/i18n/format';
import { LanguageSwitch } from '@/components/shell/language-switch';
import { Card, EmptyState } from '@/components/ui/card';
import { buttonClass } from '@/components/ui/button';
import { FilterBar, FilterSelect, FilterText } from '@/components/admin/filters';
import { AwardeeTable } from '@/components/decisions/awardee-table';

export async function generateMetadata() {
  const t = await getTranslations('council.public');
  return { title: t('title') };
}

type Search = { province?: string; year?: string; form?: string; page?: string };

/** Issued commendation decisions, for anyone: who was commended, with what, and the signed document. */
export default async function PublicDecisionsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const params = await searchParams;
  const t = await getTranslations();
  const year = params.year && /^\d{4}$/.test(params.year) ? Number(params.year) : undefined;
  const form = params.form && /^[A-Z][A-Z0-9_]{0,49}$/.test(params.form) ? params.form : undefined;
  const page = params.page && /^\d{1,4}$/.test(params.page) ? Number(params.page) : 1;
  const data = await getPublicDecisions({ provinceCode: params.province, year, form, page });
  const signerAs = (title: string) =>
    title === 'CHỦ TỊCH' ? t('council.decisions.signerAs.chairman') : title === 'PHÓ CHỦ TỊCH' ? t('council.decisions.signerAs.viceChairman') : title;
  const pageHref = (n: number) => {
    const q = new URLSearchParams({ ...(params.province ? { province: params.province } : {}), ...(year ? { year: String(year) } : {}), ...(form ? { form } : {}), page: String(n) });
    return `/public/decisions?${q.toString()}`;
  };
  return (
    <div className="min-h-screen">
      <header className="bg-brand-700 px-4 py-4 text-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2">
          <div>
            <Link href="/public" className="text-xs uppercase tracking-wide text-brand-100">
              {t('council.public.back')}
            </Link>
            <div className="text-lg font-semibold">{t('app.name')}</div>
          </div>
          <div className="flex items-center gap-3">
            <LanguageSwitch />
            <Link href="/login" className="text-sm text-white underline">
              {t('public.signIn')}
            </Link>
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl space-y-4 px-4 py-6">
        <h1>{t('council.public.title')}</h1>
        <p className="text-sm text-slate-600">{t('council.public.intro')}</p>
        <FilterBar action="/public/decisions" submitLabel={t('council.public.search')}>
          {params.province && <input type="hidden" name="province" value={params.province} />}
          <FilterSelect name="year" label={t('council.public.year')} defaultValue={year ? String(year) : ''} allLabel={t('council.public.allYears')} options={(data?.years ?? []).map((y) => ({ value: String(y), label: String(y) }))} />
          <FilterSelect name="form" label={t('council.public.form')} defaultValue={form ?? ''} allLabel={t('council.public.allForms')} options={(data?.forms ?? []).map((f) => ({ value: f.code, label: f.name }))} />
        </FilterBar>
        {data && <p className="text-sm text-slate-600">{t('council.public.count', { count: data.total })}</p>}
        {!data || data.decisions.length === 0 ? (
          <EmptyState>{t('council.public.noResults')}</EmptyState>
        ) : (
          data.decisions.map((d) => (
            <Card
              key={d.id}
              title={
                <span>
                  {t('council.decisions.title')} {d.number} · {formatDay(d.date)}
                </span>
              }
              actions={
                d.fileId ? (
                  <a href={`/api/files/${d.fileId}`} className={buttonClass('secondary')}>
                    {t('council.decisions.download')}
                  </a>
                ) : undefined
              }
            >
              <p className="text-sm font-medium">{d.title}</p>
              <p className="mb-3 text-sm text-slate-600">
                {t('council.decisions.signedByLine', { title: signerAs(d.signerTitle), signer: d.signer })} · {t('council.decisions.issuedBy', { issuer: d.issuer })}
              </p>
              <AwardeeTable awardees={d.awardees} />
            </Card>
          ))
        )}
        {data && data.pages > 1 && (
          <nav className="flex justify-between text-sm" aria-label={t('common.page', { page: data.page, pages: data.pages })}>
            {data.page > 1 ? <a href={pageHref(data.page - 1)}>{t('common.previous')}</a> : <span />}
            <span>{t('common.page', { page: data.page, pages: data.pages })}</span>
            {data.page < data.pages ? <a href={pageHref(data.page + 1)}>{t('common.next')}</a> : <span />}
          </nav>
        )}
      </main>
    </div>
  );
}
