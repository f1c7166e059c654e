import { requireActorForPage } from '@/lib/auth/session';
import { PortalShell } from '@/components/shell/portal-shell';

export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireActorForPage();
  return <PortalShell actor={actor}>{children}</PortalShell>;
}
