import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { LanguageSwitch } from '@/components/shell/language-switch';

/** The public pages' frame (no sign-in), as the public overview draws it. */
export async function PublicFrame({ children }: { children: React.ReactNode }) {
  const t = await getTranslations();
  return (
    <div className="min-h-screen">
      <header className="bg-brand-700 px-4 py-4 text-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2">
          <div>
            <div className="text-xs uppercase tracking-wide text-brand-100">
              <Link href="/public" className="text-white no-underline hover:underline">
                {t('public.title')}
              </Link>
            </div>
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
        {children}
      </main>
    </div>
  );
}
