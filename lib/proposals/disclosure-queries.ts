import 'server-only';
/**
 * What the public may read of proposals under disclosure (công khai), without signing in: only
 * proposals whose window is open today, and of them only the nominee's name and post, the unit, the
 * form, the summary of achievements and the window. Nothing private (birth year, contacts, the
 * dossier, Home Affairs' notes) is selected.
 */
import { db } from '@/lib/db';
import { openForPublic } from './public-comments';

export async function getPublicDisclosures(provinceCode?: string) {
  const provinces = await db.province.findMany({ orderBy: { code: 'asc' }, select: { id: true, code: true, name: true } });
  const province = provinces.find((p) => p.code === provinceCode) ?? provinces[0];
  if (!province) return null;
  const proposals = await db.proposal.findMany({
    where: { provinceId: province.id, ...openForPublic() },
    orderBy: [{ disclosureEnd: 'asc' }, { id: 'asc' }],
    select: {
      id: true,
      year: true,
      formCode: true,
      recipient: true,
      achievements: true,
      disclosureStart: true,
      disclosureEnd: true,
      unit: { select: { name: true } },
      person: { select: { fullName: true, position: true } },
      recipientUnit: { select: { name: true } },
    },
  });
  const forms = await db.commendationForm.findMany({
    where: { provinceId: province.id, code: { in: [...new Set(proposals.map((p) => p.formCode))] } },
    select: { code: true, name: true, nameEn: true },
  });
  const formOf = new Map(forms.map((f) => [f.code, f]));
  return {
    provinces,
    province,
    proposals: proposals.map((p) => ({
      id: p.id,
      year: p.year,
      form: formOf.get(p.formCode) ?? { code: p.formCode, name: p.formCode, nameEn: null },
      nominee: p.person?.fullName ?? p.recipientUnit?.name ?? '',
      position: p.person?.position ?? null,
      individual: p.person !== null,
      unit: p.unit.name,
      achievements: p.achievements,
      start: p.disclosureStart!,
      end: p.disclosureEnd!,
    })),
  };
}
