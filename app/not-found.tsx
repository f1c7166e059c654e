import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

export default async function NotFound() {
  const t = await getTranslations();
  return (
    <main id="main" className="mx-auto max-w-lg px-4 py-16 text-center">
      <h1>{t('notFound.title')}</h1>
      <p className="mt-3 text-slate-600">{t('notFound.body')}</p>
      <p className="mt-6">
        <Link href="/">{t('forbidden.home')}</Link>
      </p>
    </main>
  );
}
