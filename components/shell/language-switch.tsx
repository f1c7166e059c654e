import { getLocale, getTranslations } from 'next-intl/server';
import { setLocale } from '@/lib/i18n/actions';

/** A plain form: switching language works without JavaScript too. */
export async function LanguageSwitch({ className = '' }: { className?: string }) {
  const locale = await getLocale();
  const t = await getTranslations('app');
  return (
    <form action={setLocale} className={className}>
      <input type="hidden" name="locale" value={locale === 'vi' ? 'en' : 'vi'} />
      <button type="submit" className="rounded px-2 py-1 text-sm underline-offset-2 hover:underline" lang={locale === 'vi' ? 'en' : 'vi'} aria-label={`${t('language')}: ${t('switchTo')}`}>
        {t('switchTo')}
      </button>
    </form>
  );
}
