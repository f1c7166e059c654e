import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import { requirePagePermission } from '@/lib/auth/session';

/** The catalogue editor is the administrator's; its client forms get only the texts they use. */
export default async function CatalogueLayout({ children }: { children: React.ReactNode }) {
  await requirePagePermission('admin:manage');
  const messages = await getMessages();
  const { catalogue, common, comparison, overTime, reporterGroups, periods } = messages;
  return <NextIntlClientProvider messages={{ catalogue, common, comparison, overTime, reporterGroups, periods }}>{children}</NextIntlClientProvider>;
}
