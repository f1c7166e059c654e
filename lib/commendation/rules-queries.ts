import 'server-only';
/**
 * The data the eligibility engine (lib/commendation/eligibility.ts) judges: the rule versions of a
 * province and the registry facts of a candidate. Server-only and unscoped by design: the caller
 * (the proposal's own query) has already checked who may see the proposal.
 *
 *   const versions = await getRuleVersions(provinceId);
 *   const { entries, members } = await getRegistryFacts(provinceId, { personId });
 *   checkEligibility(versions, formCode, { recipient: 'INDIVIDUAL', proposalDay, entries, members });
 */
import { db, type Db, type Tx } from '@/lib/db';
import { dateToDay } from '@/lib/clock';
import { DomainError } from '@/lib/errors';
import type { RegistryEntry as FactEntry } from './eligibility';
import { ruleVersionSchema, type RuleVersion } from './rule-schema';

/**
 * Every rule version of the province (every form), as the engine reads them. The columns are the
 * truth for the version's identity and dates; the definition brings the conditions. A stored
 * definition that no longer passes the schema is left out rather than judged wrongly.
 */
export async function getRuleVersions(provinceId: number, client: Db | Tx = db): Promise<RuleVersion[]> {
  const rows = await client.eligibilityRule.findMany({ where: { provinceId }, orderBy: [{ formCode: 'asc' }, { version: 'asc' }] });
  const versions: RuleVersion[] = [];
  for (const row of rows) {
    const parsed = ruleVersionSchema.safeParse({
      ...(row.definition as Record<string, unknown>),
      formCode: row.formCode,
      version: row.version,
      effectiveFrom: dateToDay(row.effectiveFrom),
      effectiveTo: row.effectiveTo ? dateToDay(row.effectiveTo) : null,
      legalSource: row.legalSource,
    });
    if (parsed.success) versions.push(parsed.data);
  }
  return versions;
}

export type RegistryFacts = {
  /** the candidate's own lines: the person's, or the collective's (lines of the unit without a person) */
  entries: FactEntry[];
  /** a collective's members: the active persons of the unit, each with their lines; [] for a person */
  members: Array<{ personId: number; entries: FactEntry[] }>;
};

const fact = (e: { year: number; kind: FactEntry['kind']; code: string }): FactEntry => ({ year: e.year, kind: e.kind, code: e.code });

/**
 * The registry facts of a candidate, in the shape `EligibilityFacts` takes (entries, members).
 * A person or unit that is not of the province is NOT_FOUND.
 */
export async function getRegistryFacts(provinceId: number, candidate: { personId: number } | { unitId: number }, client: Db | Tx = db): Promise<RegistryFacts> {
  if ('personId' in candidate) {
    const person = await client.person.findFirst({ where: { id: candidate.personId, unit: { provinceId } }, select: { id: true } });
    if (!person) throw new DomainError('NOT_FOUND');
    const entries = await client.registryEntry.findMany({ where: { provinceId, personId: person.id }, select: { year: true, kind: true, code: true }, orderBy: [{ year: 'asc' }, { id: 'asc' }] });
    return { entries: entries.map(fact), members: [] };
  }
  const unit = await client.unit.findFirst({ where: { id: candidate.unitId, provinceId }, select: { id: true } });
  if (!unit) throw new DomainError('NOT_FOUND');
  const [own, persons] = await Promise.all([
    client.registryEntry.findMany({ where: { provinceId, unitId: unit.id, personId: null }, select: { year: true, kind: true, code: true }, orderBy: [{ year: 'asc' }, { id: 'asc' }] }),
    client.person.findMany({ where: { unitId: unit.id, active: true }, select: { id: true }, orderBy: { id: 'asc' } }),
  ]);
  const memberLines = persons.length
    ? await client.registryEntry.findMany({ where: { provinceId, personId: { in: persons.map((p) => p.id) } }, select: { personId: true, year: true, kind: true, code: true }, orderBy: [{ year: 'asc' }, { id: 'asc' }] })
    : [];
  return {
    entries: own.map(fact),
    members: persons.map((p) => ({ personId: p.id, entries: memberLines.filter((l) => l.personId === p.id).map(fact) })),
  };
}
