import 'server-only';
/**
 * The administrator's commendation catalogue (titles, forms, ratings, initiative levels,
 * disciplinary measures) and the eligibility rule versions, as data. A rule version is never
 * edited: a revision is a new version with its own first day, which must come after the first day of
 * every earlier version of the form, so history reads the same forever; a version not yet in force
 * may be withdrawn. Every change is one transaction with its audit row.
 */
import { db } from '@/lib/db';
import type { Actor } from '@/lib/auth/session';
import { DomainError, type FieldErrorKey } from '@/lib/errors';
import { dateToDay, dayToDate, vnDay } from '@/lib/clock';
import { adminProvince, auditAdmin, requireAdmin } from '@/lib/admin/common';
import type { Prisma } from '@/lib/generated/prisma/client';
import { ruleVersionSchema, type RuleVersion } from './rule-schema';
import { pickRuleVersion } from './eligibility';
import { getRuleVersions } from './rules-queries';
import type { CommendationFormInput, RuleVersionFormInput } from './admin-schema';

/** Kinds a rule version applies to: ratings, initiatives and measures are facts, not awards. */
const RULED_KINDS = new Set(['TITLE', 'FORM']);
/** Fields of a version that the form's own fields give; the JSON text holds the rest. */
const OWN_FIELDS = ['formCode', 'version', 'effectiveFrom', 'legalSource'] as const;

export async function listCommendationForms(actor: Actor, provinceId: number) {
  await adminProvince(actor, provinceId);
  const [forms, versions] = await Promise.all([
    db.commendationForm.findMany({ where: { provinceId }, orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }] }),
    getRuleVersions(provinceId),
  ]);
  const today = vnDay();
  return forms.map((f) => ({
    ...f,
    ruled: RULED_KINDS.has(f.kind),
    versionCount: versions.filter((v) => v.formCode === f.code).length,
    inForce: pickRuleVersion(versions, f.code, today)?.version ?? null,
  }));
}

/** The definition the editor starts from: the version in force today (or the latest), without the fields the form gives. */
function editorText(version: RuleVersion | undefined, recipient: string): string {
  if (!version) {
    const recipients = recipient === 'INDIVIDUAL' ? ['INDIVIDUAL'] : recipient === 'COLLECTIVE' ? ['COLLECTIVE'] : ['INDIVIDUAL', 'COLLECTIVE'];
    return JSON.stringify({ recipients, individual: null, collective: null, councilVote: false, publicDisclosure: false, note: null }, null, 2);
  }
  const rest: Record<string, unknown> = { ...version };
  for (const key of [...OWN_FIELDS, 'effectiveTo']) delete rest[key];
  return JSON.stringify(rest, null, 2);
}

export async function getCommendationFormDetail(actor: Actor, provinceId: number, code: string) {
  await adminProvince(actor, provinceId);
  const form = await db.commendationForm.findUnique({ where: { provinceId_code: { provinceId, code } } });
  if (!form) throw new DomainError('NOT_FOUND');
  const rows = await db.eligibilityRule.findMany({ where: { provinceId, formCode: code }, orderBy: { version: 'desc' } });
  const versions = (await getRuleVersions(provinceId)).filter((v) => v.formCode === code);
  const today = vnDay();
  const inForce = pickRuleVersion(versions, code, today);
  return {
    form,
    ruled: RULED_KINDS.has(form.kind),
    today,
    inForce: inForce?.version ?? null,
    versions: rows.map((r) => ({
      id: r.id,
      version: r.version,
      effectiveFrom: dateToDay(r.effectiveFrom),
      effectiveTo: r.effectiveTo ? dateToDay(r.effectiveTo) : null,
      legalSource: r.legalSource,
      definition: JSON.stringify(r.definition, null, 2),
      createdAt: r.createdAt,
      withdrawable: dateToDay(r.effectiveFrom) > today,
    })),
    editorText: editorText(inForce ?? versions.at(-1), form.recipient),
  };
}

export async function updateCommendationForm(actor: Actor, input: CommendationFormInput) {
  requireAdmin(actor);
  const before = await db.commendationForm.findUnique({ where: { id: input.id } });
  if (!before) throw new DomainError('NOT_FOUND');
  await adminProvince(actor, before.provinceId);
  if (before.updatedAt.toISOString() !== input.updatedAt) throw new DomainError('STALE');
  const changes = { name: input.name, nameEn: input.nameEn, awardedByUnit: input.awardedByUnit, needsCouncilVote: input.needsCouncilVote, needsPublicDisclosure: input.needsPublicDisclosure, active: input.active };
  await db.$transaction(async (tx) => {
    const updated = await tx.commendationForm.updateMany({ where: { id: before.id, updatedAt: before.updatedAt }, data: changes });
    if (updated.count !== 1) throw new DomainError('STALE');
    const changed = Object.keys(changes).filter((k) => before[k as keyof typeof changes] !== changes[k as keyof typeof changes]);
    await auditAdmin(
      tx,
      actor,
      {
        action: 'commendationForm.update',
        entityType: 'CommendationForm',
        entityId: before.code,
        provinceId: before.provinceId,
        before: Object.fromEntries(changed.map((k) => [k, before[k as keyof typeof changes]])),
        after: Object.fromEntries(changed.map((k) => [k, changes[k as keyof typeof changes]])),
      },
      null,
    );
  });
}

type Issue = { messageKey: string; params?: Record<string, string | number> };

/** A zod issue of the rule schema as a catalogue key: validation.* and eligibility.rule.* (kept in registry.admin.ruleErrors). */
function issueKey(issue: { code: string; message: string; path: PropertyKey[]; keys?: string[]; minimum?: unknown; maximum?: unknown }): Issue {
  const params: Record<string, string | number> = { path: issue.path.map(String).join('.') || '—' };
  if (issue.minimum !== undefined) params.min = Number(issue.minimum);
  if (issue.maximum !== undefined) params.max = Number(issue.maximum);
  if (issue.code === 'unrecognized_keys') return { messageKey: 'registry.admin.ruleErrors.unknownKeys', params: { ...params, keys: (issue.keys ?? []).join(', ') } };
  if (issue.message.startsWith('eligibility.rule.')) return { messageKey: `registry.admin.ruleErrors.${issue.message.slice('eligibility.rule.'.length)}`, params };
  if (/^[a-zA-Z]+$/.test(issue.message)) return { messageKey: `validation.${issue.message}`, params };
  return { messageKey: issue.code === 'invalid_type' ? 'validation.required' : 'validation.invalid', params };
}

/**
 * Adds a version of a form's rule: the JSON text is parsed and checked against the rule schema with
 * the form's fields (code, next number, first day, legal source) put in; errors come back next to
 * the field they concern, the definition's with the path inside the JSON.
 */
export async function addRuleVersion(actor: Actor, input: RuleVersionFormInput): Promise<{ version: number }> {
  await adminProvince(actor, input.provinceId);
  const form = await db.commendationForm.findUnique({ where: { provinceId_code: { provinceId: input.provinceId, code: input.formCode } } });
  if (!form || !RULED_KINDS.has(form.kind)) throw new DomainError('NOT_FOUND');

  const invalid = (field: string, issues: Issue[]) => new DomainError('VALIDATION', 'VALIDATION', {}, { [field]: issues as FieldErrorKey[] });
  let parsed: unknown;
  try {
    parsed = JSON.parse(input.definition);
  } catch (error) {
    throw invalid('definition', [{ messageKey: 'registry.admin.ruleErrors.notJson', params: { detail: (error as Error).message } }]);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw invalid('definition', [{ messageKey: 'registry.admin.ruleErrors.notObject' }]);

  try {
    return await db.$transaction(async (tx) => {
      const latest = await tx.eligibilityRule.findFirst({ where: { provinceId: input.provinceId, formCode: form.code }, orderBy: [{ effectiveFrom: 'desc' }] });
      const top = await tx.eligibilityRule.aggregate({ where: { provinceId: input.provinceId, formCode: form.code }, _max: { version: true } });
      const version = (top._max.version ?? 0) + 1;
      const candidate = { ...(parsed as Record<string, unknown>), formCode: form.code, version, effectiveFrom: input.effectiveFrom, legalSource: input.legalSource };
      const checked = ruleVersionSchema.safeParse(candidate);
      const fieldErrors: Record<string, Issue[]> = {};
      if (!checked.success) {
        for (const issue of checked.error.issues) {
          const head = String(issue.path[0] ?? '');
          const field = head === 'effectiveFrom' || head === 'legalSource' ? head : 'definition';
          (fieldErrors[field] ??= []).push(issueKey(issue as Parameters<typeof issueKey>[0]));
        }
      }
      if (latest && dateToDay(latest.effectiveFrom) >= input.effectiveFrom) {
        (fieldErrors.effectiveFrom ??= []).push({ messageKey: 'registry.admin.errors.notAfterLatest', params: { day: dateToDay(latest.effectiveFrom).split('-').reverse().join('/'), version: latest.version } });
      }
      if (!checked.success || Object.keys(fieldErrors).length) throw new DomainError('VALIDATION', 'VALIDATION', {}, fieldErrors as Record<string, FieldErrorKey[]>);

      const definition = checked.data;
      const created = await tx.eligibilityRule.create({
        data: {
          provinceId: input.provinceId,
          formCode: form.code,
          version,
          effectiveFrom: dayToDate(definition.effectiveFrom),
          effectiveTo: definition.effectiveTo ? dayToDate(definition.effectiveTo) : null,
          legalSource: definition.legalSource,
          definition: definition as unknown as Prisma.InputJsonValue,
          createdById: actor.id,
        },
      });
      await auditAdmin(tx, actor, { action: 'eligibilityRule.create', entityType: 'EligibilityRule', entityId: created.id, provinceId: input.provinceId, after: definition }, null);
      return { version };
    });
  } catch (error) {
    // Two administrators adding a version at once: the second meets the unique version number.
    if ((error as { code?: unknown } | null)?.code === 'P2002') throw new DomainError('STALE');
    throw error;
  }
}

/** Withdraws a version whose first day has not come: it never judged anything. */
export async function withdrawRuleVersion(actor: Actor, id: number): Promise<{ formCode: string; provinceId: number }> {
  requireAdmin(actor);
  const rule = await db.eligibilityRule.findUnique({ where: { id } });
  if (!rule) throw new DomainError('NOT_FOUND');
  await adminProvince(actor, rule.provinceId);
  if (dateToDay(rule.effectiveFrom) <= vnDay()) throw new DomainError('INVALID_STATE');
  await db.$transaction(async (tx) => {
    const removed = await tx.eligibilityRule.deleteMany({ where: { id: rule.id, effectiveFrom: { gt: dayToDate(vnDay()) } } });
    if (removed.count !== 1) throw new DomainError('STALE');
    await auditAdmin(tx, actor, { action: 'eligibilityRule.withdraw', entityType: 'EligibilityRule', entityId: rule.id, provinceId: rule.provinceId, before: rule.definition }, null);
  });
  return { formCode: rule.formCode, provinceId: rule.provinceId };
}
