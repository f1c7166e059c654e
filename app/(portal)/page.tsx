import { getTranslations } from 'next-intl/server';
import { requireActorForPage } from '@/lib/auth/session';
import { PageHeader } from '@/components/ui/card';
import { UnitHome } from '@/components/home/unit-home';
import { ReviewerHome } from '@/components/home/reviewer-home';
import { LeaderHome } from '@/components/home/leader-home';
import { CouncilHome } from '@/components/home/council-home';
import { AdminHome } from '@/components/home/admin-home';

export default async function HomePage() {
  const actor = await requireActorForPage();
  const t = await getTranslations();
  const subtitle = actor.unitName ? t('home.roleAt', { role: t(`roles.${actor.role}`), unit: actor.unitName }) : t(`roles.${actor.role}`);
  return (
    <>
      <PageHeader title={t('home.greeting', { name: actor.name })} subtitle={subtitle} />
      {(actor.role === 'UNIT_OFFICER' || actor.role === 'UNIT_HEAD') && <UnitHome actor={actor} />}
      {actor.role === 'REVIEWER' && <ReviewerHome actor={actor} />}
      {actor.role === 'LEADER' && <LeaderHome actor={actor} />}
      {actor.role === 'COUNCIL_MEMBER' && <CouncilHome actor={actor} />}
      {actor.role === 'ADMIN' && <AdminHome actor={actor} />}
    </>
  );
}
