import 'server-only';
/**
 * Reads of the proposal pages, scoped to the caller: unit roles see their own units' proposals
 * (drafts included), Home Affairs and leaders every unit's once submitted.
 */
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { ProposalStatus } from '@/lib/generated/prisma/enums';
import type { Actor } from '@/lib/auth/session';
import { isAllowed, scopeOf } from '@/lib/auth/permissions';
import { requirePermission } from '@/lib/auth/session';
import { dateToDay, vnDay } from '@/lib/clock';
import { isProposalEditable, refusalOf } from '@/lib/commendation/proposal-flow';
import { findReadableProposal, unitTree, visibleStatusFilter } from './lookup';
import { asStoredEligibility, isProposable, needsOf, proposalYears } from './rules';
import { judgeProposal } from './eligibility-facts';
import { getPublicComments } from './public-comments';

export const PROPOSAL_STATUSES: readonly ProposalStatus[] = ['DRAFT', 'SUBMITTED', 'NEEDS_INFO', 'APPRAISED', 'DISCLOSURE', 'COUNCIL', 'APPROVED', 'REJECTED', 'DECIDED'];

/** Names of every catalogue code of the province (forms, titles, ratings, measures), to show codes by name. */
export async function formNames(provinceId: number) {
  const forms = await db.commendationForm.findMany({ where: { provinceId }, orderBy: { sortOrder: 'asc' } });
  return forms;
}

export type ProposalFilters = { status?: ProposalStatus; formCode?: string; unitId?: number; year?: number; page?: number };

const PAGE_SIZE = 50;

export async function getProposalList(actor: Actor, filters: ProposalFilters) {
  requirePermission(actor, 'unit:read');
  const own = scopeOf(actor.role, 'unit:read') === 'own';
  const where: Prisma.ProposalWhereInput = {
    provinceId: actor.provinceId,
    ...(own ? { unitId: { in: actor.ownUnitIds } } : {}),
    ...visibleStatusFilter(actor),
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.formCode ? { formCode: filters.formCode } : {}),
    ...(filters.unitId ? { unitId: filters.unitId } : {}),
    ...(filters.year ? { year: filters.year } : {}),
  };
  if (filters.status === 'DRAFT' && !own) where.status = { in: [] };
  const page = Math.max(1, filters.page ?? 1);
  const [total, rows, forms] = await Promise.all([
    db.proposal.count({ where }),
    db.proposal.findMany({
      where,
      orderBy: [{ submittedAt: { sort: 'desc', nulls: 'first' } }, { id: 'desc' }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true,
        year: true,
        formCode: true,
        status: true,
        eligible: true,
        eligibility: true,
        submittedAt: true,
        disclosureEnd: true,
        unit: { select: { id: true, name: true } },
        person: { select: { fullName: true } },
        recipientUnit: { select: { name: true } },
      },
    }),
    formNames(actor.provinceId),
  ]);
  const units = own
    ? []
    : await db.unit.findMany({ where: { provinceId: actor.provinceId, proposals: { some: { status: { not: 'DRAFT' } } } }, select: { id: true, name: true } });
  const collator = new Intl.Collator('vi');
  return {
    own,
    total,
    page,
    pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    forms: forms.filter(isProposable),
    units: units.sort((a, b) => collator.compare(a.name, b.name)),
    rows: rows.map(({ eligibility, ...r }) => ({
      ...r,
      manualReview: asStoredEligibility(eligibility)?.manualReview ?? false,
      nominee: r.person?.fullName ?? r.recipientUnit?.name ?? '',
      form: forms.find((f) => f.code === r.formCode) ?? null,
    })),
  };
}

/** What the proposal form offers the caller's unit: forms, persons and units of its tree, years. */
export async function getProposalFormOptions(actor: Actor, unitId = actor.unitId) {
  if (unitId === null) return null;
  requirePermission(actor, 'unit:edit', { unitId, provinceId: actor.provinceId });
  const tree = await unitTree(unitId);
  const [forms, persons, units] = await Promise.all([
    formNames(actor.provinceId),
    db.person.findMany({ where: { unitId: { in: tree }, active: true }, select: { id: true, fullName: true, position: true, unit: { select: { id: true, name: true } } } }),
    db.unit.findMany({ where: { id: { in: tree }, active: true }, select: { id: true, name: true } }),
  ]);
  const collator = new Intl.Collator('vi');
  return {
    forms: forms.filter(isProposable).map((f) => ({ code: f.code, name: f.name, nameEn: f.nameEn, recipient: f.recipient })),
    persons: persons
      .sort((a, b) => collator.compare(a.fullName, b.fullName))
      .map((p) => ({ id: p.id, label: p.unit.id === unitId ? `${p.fullName}${p.position ? ` – ${p.position}` : ''}` : `${p.fullName} (${p.unit.name})` })),
    units: units.sort((a, b) => (a.id === unitId ? -1 : b.id === unitId ? 1 : collator.compare(a.name, b.name))),
    years: proposalYears(vnDay()),
  };
}

/** A proposal's page: the proposal, its dossier, the exchanges with Home Affairs, eligibility and what the caller may do. */
export async function getProposalDetail(actor: Actor, proposalId: number) {
  const found = await findReadableProposal(actor, proposalId);
  const proposal = await db.proposal.findUniqueOrThrow({
    where: { id: found.id },
    include: {
      unit: { select: { id: true, name: true } },
      person: { select: { id: true, fullName: true, position: true } },
      recipientUnit: { select: { id: true, name: true } },
      documents: { orderBy: { id: 'asc' }, include: { file: { select: { id: true, name: true, size: true, mimeType: true } } } },
      comments: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
    },
  });
  const forms = await formNames(actor.provinceId);
  const form = forms.find((f) => f.code === proposal.formCode) ?? null;
  const needs = needsOf(form);
  const today = vnDay();
  const authors = await db.user.findMany({ where: { id: { in: [...new Set(proposal.comments.map((c) => c.authorId))] } }, select: { id: true, displayName: true } });
  const editable = isProposalEditable(proposal.status);
  const stored = asStoredEligibility(proposal.eligibility);
  // While the unit still holds it, the check is shown as it would be if submitted today.
  const preview = editable ? await judgeProposal(db, proposal, today) : null;
  const ctx = { needs, today, disclosureEnd: proposal.disclosureEnd ? dateToDay(proposal.disclosureEnd) : null };
  const reviewer = isAllowed(actor, 'review:act');
  const may = (t: Parameters<typeof refusalOf>[0]) => reviewer && refusalOf(t, proposal.status, actor.role, ctx) === null;
  const received = proposal.comments.some((c) => c.kind === 'RECEIVED' && proposal.submittedAt && c.createdAt >= proposal.submittedAt);
  const lastRequestAt = proposal.comments.filter((c) => c.kind.startsWith('NEEDS_INFO')).at(-1)?.createdAt ?? null;
  const unitTarget = { unitId: proposal.unitId, provinceId: proposal.provinceId };
  return {
    proposal,
    form,
    forms,
    needs,
    nominee: proposal.person?.fullName ?? proposal.recipientUnit?.name ?? '',
    eligibility: preview ?? stored,
    eligibilityIsPreview: preview !== null,
    comments: proposal.comments.map((c) => ({ ...c, author: authors.find((a) => a.id === c.authorId)?.displayName ?? '' })),
    openRequest: proposal.status === 'NEEDS_INFO' && lastRequestAt ? proposal.comments.filter((c) => c.kind.startsWith('NEEDS_INFO') && c.createdAt.getTime() === lastRequestAt.getTime()) : [],
    publicComments: isAllowed(actor, 'disclosure:read') ? await getPublicComments(actor, proposal.id) : null,
    can: {
      edit: editable && isAllowed(actor, 'unit:edit', unitTarget),
      submit: isAllowed(actor, 'unit:submit', unitTarget) && refusalOf('submit', proposal.status, actor.role, ctx) === null,
      receive: reviewer && proposal.status === 'SUBMITTED' && !received,
      requestInfo: may('requestInfo'),
      appraise: may('appraise'),
      reject: may('reject'),
      openDisclosure: may('openDisclosure'),
    },
  };
}
