import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

export default async function ForbiddenPage() {
  const t = await getTranslations('forbidden');
  return (
    <main id="main" className="mx-auto max-w-lg px-4 py-16 text-center">
      <h1>{t('title')}</h1>
      <p className="mt-3 text-slate-600">{t('body')}</p>
      <p className="mt-6">
        <Link href="/">{t('home')}</Link>
      </p>
    </main>
  );
}
