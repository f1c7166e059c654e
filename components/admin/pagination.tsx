import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { hrefWith, type SearchParams } from '@/lib/admin/params';
import { buttonClass } from '@/components/ui/button';

export async function Pagination({ path, params, page, pages }: { path: string; params: SearchParams; page: number; pages: number }) {
  if (pages <= 1) return null;
  const t = await getTranslations();
  return (
    <nav aria-label={t('common.page', { page, pages })} className="mt-4 flex items-center justify-between gap-2 text-sm">
      {page > 1 ? (
        <Link href={hrefWith(path, params, { page: page - 1 })} className={buttonClass('secondary')}>
          {t('common.previous')}
        </Link>
      ) : (
        <span />
      )}
      <span>{t('common.page', { page, pages })}</span>
      {page < pages ? (
        <Link href={hrefWith(path, params, { page: page + 1 })} className={buttonClass('secondary')}>
          {t('common.next')}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
