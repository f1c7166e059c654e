import 'server-only';
/** Who a decision awards, read the same way for the document, the certificate list and the public page. */
import type { Db, Tx } from '@/lib/db';
import type { DecisionAwardee } from './document';

type Client = Db | Tx;

type PersonRow = { fullName: string; position: string | null; unit: { name: string } };
type UnitRow = { name: string; parent: { name: string } | null };

export const awardeeSelect = {
  person: { select: { fullName: true, position: true, unit: { select: { name: true } } } },
  recipientUnit: { select: { name: true, parent: { select: { name: true } } } },
} as const;

/** A person with their unit, or a collective with the body above it ("tỉnh Cao Bằng" at the top). */
export function awardeeOf(nominee: { person: PersonRow | null; unit: UnitRow | null }, form: string, provinceName: string): DecisionAwardee {
  if (nominee.person) return { kind: 'PERSON', name: nominee.person.fullName, position: nominee.person.position, unit: nominee.person.unit.name, form };
  return { kind: 'COLLECTIVE', name: nominee.unit?.name ?? '—', position: null, unit: nominee.unit?.parent?.name ?? provinceName.replace(/^Tỉnh /u, 'tỉnh '), form };
}

/** The awardees of a recorded decision, from its registry lines, collectives first as the document lists them. */
export async function awardeesOfDecision(client: Client, decision: { id: number; provinceId: number }): Promise<DecisionAwardee[]> {
  const [entries, forms, province] = await Promise.all([
    client.registryEntry.findMany({
      where: { decisionId: decision.id },
      orderBy: { id: 'asc' },
      select: {
        code: true,
        personId: true,
        person: { select: { fullName: true, position: true, unit: { select: { name: true } } } },
        unit: { select: { name: true, parent: { select: { name: true } } } },
      },
    }),
    client.commendationForm.findMany({ where: { provinceId: decision.provinceId }, select: { code: true, name: true } }),
    client.province.findUniqueOrThrow({ where: { id: decision.provinceId }, select: { name: true } }),
  ]);
  const formName = new Map(forms.map((f) => [f.code, f.name]));
  const list = entries.map((e) => awardeeOf({ person: e.person, unit: e.personId ? null : e.unit }, formName.get(e.code) ?? e.code, province.name));
  return [...list.filter((a) => a.kind === 'COLLECTIVE'), ...list.filter((a) => a.kind === 'PERSON')];
}
