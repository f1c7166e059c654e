'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { IssuedPassword } from '@/lib/admin/schema';

/** A generated password, shown once: the server keeps only its hash, so this is the only chance to read it. */
export function IssuedPasswordBox({ issued, showLink = false }: { issued: IssuedPassword; showLink?: boolean }) {
  const t = useTranslations();
  return (
    <div role="status" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
      <p className="font-medium">{t('admin.issuedPassword', { username: issued.username })}</p>
      <p className="my-2">
        <code data-testid="issued-password" className="select-all rounded bg-white px-2 py-1 font-mono text-base tracking-wide">
          {issued.password}
        </code>
      </p>
      <p>{t('admin.issuedPasswordOnce')}</p>
      {showLink && (
        <p className="mt-2">
          <Link href={`/admin/users/${issued.userId}`}>{t('admin.openUser')}</Link>
        </p>
      )}
    </div>
  );
}

export function isIssuedPassword(data: unknown): data is IssuedPassword {
  return typeof data === 'object' && data !== null && 'password' in data && 'username' in data;
}
