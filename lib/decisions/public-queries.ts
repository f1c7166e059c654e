import 'server-only';
/**
 * Issued decisions, for anyone without signing in: the number, date, signer, the Word document and
 * the awardees' names, units and forms (nothing else about a person). Searchable by year and form.
 */
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { awardeesOfDecision } from './awardees';

const PAGE_SIZE = 20;

export async function getPublicDecisions(filter: { provinceCode?: string; year?: number; form?: string; page?: number }) {
  const province = filter.provinceCode
    ? await db.province.findUnique({ where: { code: filter.provinceCode }, select: { id: true, name: true } })
    : await db.province.findFirst({ orderBy: { code: 'asc' }, select: { id: true, name: true } });
  if (!province) return null;
  const where: Prisma.DecisionWhereInput = {
    provinceId: province.id,
    ...(filter.year ? { date: { gte: new Date(Date.UTC(filter.year, 0, 1)), lt: new Date(Date.UTC(filter.year + 1, 0, 1)) } } : {}),
    ...(filter.form ? { entries: { some: { code: filter.form } } } : {}),
  };
  const page = Math.max(1, filter.page ?? 1);
  const [total, decisions, years, forms] = await Promise.all([
    db.decision.count({ where }),
    db.decision.findMany({ where, orderBy: [{ date: 'desc' }, { id: 'desc' }], skip: (page - 1) * PAGE_SIZE, take: PAGE_SIZE }),
    db.$queryRaw<Array<{ year: number }>>`SELECT DISTINCT EXTRACT(YEAR FROM date)::int AS year FROM "Decision" WHERE "provinceId" = ${province.id} ORDER BY year DESC`,
    db.$queryRaw<Array<{ code: string; name: string }>>`
      SELECT DISTINCT f.code, f.name, f."sortOrder" FROM "RegistryEntry" r
        JOIN "CommendationForm" f ON f."provinceId" = r."provinceId" AND f.code = r.code
       WHERE r."provinceId" = ${province.id} AND r."decisionId" IS NOT NULL
       ORDER BY f."sortOrder"`,
  ]);
  const withAwardees = await Promise.all(
    decisions.map(async (d) => {
      const awardees = await awardeesOfDecision(db, d);
      return {
        id: d.id,
        number: d.number,
        date: d.date,
        title: d.title,
        signer: d.signer,
        signerTitle: d.signerTitle,
        issuer: d.issuer,
        fileId: d.fileId,
        // The public list: who, where, what. A person's position stays in the signed document only.
        awardees: awardees.map((a) => ({ kind: a.kind, name: a.name, unit: a.unit, form: a.form })),
      };
    }),
  );
  return { province, total, page, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)), decisions: withAwardees, years: years.map((y) => y.year), forms: forms.map((f) => ({ code: f.code, name: f.name })) };
}
