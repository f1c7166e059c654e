import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getActor } from '@/lib/auth/session';
import { LoginForm } from '@/components/auth/login-form';
import { LanguageSwitch } from '@/components/shell/language-switch';
import { Alert } from '@/components/ui/card';

export async function generateMetadata() {
  const t = await getTranslations('auth');
  return { title: t('title') };
}

/** Only same-site paths: a crafted callbackUrl cannot send the user elsewhere. */
function safeCallback(value: string | string[] | undefined): string {
  const url = Array.isArray(value) ? value[0] : value;
  return url && url.startsWith('/') && !url.startsWith('//') && !url.startsWith('/\\') ? url : '/';
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  if (await getActor()) redirect(safeCallback(params.callbackUrl));
  const t = await getTranslations();
  const error = typeof params.error === 'string' ? params.error : null;
  const ended = params.ended === '1';
  return (
    <div className="flex min-h-screen flex-col">
      <header className="bg-brand-700 px-4 py-4 text-white">
        <div className="mx-auto flex max-w-md items-center justify-between gap-2">
          <div>
            <div className="text-xs uppercase tracking-wide text-brand-100">{t('app.tagline')}</div>
            <div className="font-semibold">{t('app.name')}</div>
          </div>
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-md flex-1 px-4 py-8">
        <h1 className="mb-2">{t('auth.title')}</h1>
        <p className="mb-6 text-sm text-slate-600">{t('auth.intro')}</p>
        {ended && (
          <div className="mb-4">
            <Alert tone="info">{t('auth.sessionEnded')}</Alert>
          </div>
        )}
        <div className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
          <LoginForm
            callbackUrl={safeCallback(params.callbackUrl)}
            initialError={error}
            texts={{
              username: t('auth.username'),
              password: t('auth.password'),
              submit: t('auth.submit'),
              submitting: t('auth.submitting'),
              invalid: t('auth.invalid'),
              throttled: t.raw('auth.throttled') as string,
              required: t('validation.required'),
            }}
          />
        </div>
        <p className="mt-6 text-sm">
          <Link href="/public">{t('auth.publicLink')}</Link>
        </p>
      </main>
    </div>
  );
}
