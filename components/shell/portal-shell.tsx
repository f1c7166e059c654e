import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { Actor } from '@/lib/auth/session';
import { navFor } from '@/lib/nav';
import { countUnread } from '@/lib/notifications/queries';
import { LanguageSwitch } from './language-switch';
import { SignOutButton } from './sign-out-button';
import { NavLinks } from './nav-links';

export async function PortalShell({ actor, children }: { actor: Actor; children: React.ReactNode }) {
  const t = await getTranslations();
  const unread = await countUnread(actor);
  const items = navFor(actor.role).map((item) => ({
    href: item.href,
    label: item.key === 'notifications' && unread > 0 ? `${t('nav.notifications')} (${unread})` : t(`nav.${item.key}`),
  }));
  return (
    <div className="min-h-screen">
      <header className="bg-brand-700 text-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-2 px-4 py-3">
          <Link href="/" className="text-base font-semibold text-white no-underline sm:text-lg">
            {t('app.shortName')}
          </Link>
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
            <span>
              <span className="font-medium">{actor.name}</span>
              <span className="hidden text-brand-100 sm:inline"> · {t(`roles.${actor.role}`)}</span>
            </span>
            <Link href="/account/password" className="text-white underline-offset-2 hover:underline">
              {t('nav.changePassword')}
            </Link>
            <LanguageSwitch className="text-white" />
            <SignOutButton label={t('nav.signOut')} />
          </div>
        </div>
        <nav aria-label={t('nav.main')} className="border-t border-brand-600 bg-brand-800">
          <NavLinks items={items} />
        </nav>
      </header>
      <main id="main" className="mx-auto max-w-7xl px-4 py-6">
        {children}
      </main>
    </div>
  );
}
