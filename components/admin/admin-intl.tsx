import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';

/** The texts the administration forms use on the client: only these namespaces cross to the browser. */
export async function AdminIntl({ children }: { children: React.ReactNode }) {
  const m = await getMessages();
  const messages = { admin: m.admin, audit: m.audit, common: m.common, border: m.border, unitKinds: m.unitKinds, groupKinds: m.groupKinds, roles: m.roles, validation: m.validation };
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}
