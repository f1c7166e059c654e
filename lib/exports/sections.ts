import 'server-only';
/**
 * Sections II–IV of a summary: the units' ranking in each block and cluster, the reporting
 * completeness and timeliness of the periods covered, and the commendations of the span.
 */
import { db } from '@/lib/db';
import { requirePermission, type Actor } from '@/lib/auth/session';
import { getGroupRanking } from '@/lib/appraisal/ranking-queries';
import { getCompleteness } from '@/lib/review/queries';
import { dateToDay, dayToDate } from '@/lib/clock';
import type { CommendationFormLine, CompletenessLine, DecisionLine, RankingBlock } from './summary-types';
import type { ReportScope } from './scope';
import { periodShort } from './words';

const collator = new Intl.Collator('vi');

/**
 * Each block's and cluster's ranking for the year, computed live by the appraisal module from the
 * group's scoring sheet, its scores and its members' attainment (nothing stored).
 */
export async function buildRankings(actor: Actor, year: number, onGroup?: (done: number, of: number) => Promise<void>): Promise<RankingBlock[]> {
  requirePermission(actor, 'dashboard:all');
  const groups = await db.emulationGroup.findMany({ where: { provinceId: actor.provinceId }, select: { id: true, kind: true, code: true } });
  groups.sort((a, b) => a.kind.localeCompare(b.kind) || collator.compare(a.code, b.code));
  const blocks: RankingBlock[] = [];
  for (const [i, g] of groups.entries()) {
    const r = await getGroupRanking(actor.provinceId, g.id, year);
    if (r) {
      const leaders = new Set(r.proposal?.leaders.map((m) => m.unitId) ?? []);
      blocks.push({
        group: r.group.name,
        kind: r.group.kind,
        members: r.members.length,
        missing: r.sheetBroken ? 'SHEET_BROKEN' : r.sheet ? null : 'NO_SHEET',
        rows: r.ranked.map((m) => ({
          rank: m.rank,
          unit: m.name,
          total: m.total,
          maxTotal: m.maxTotal,
          sharePct: m.share === null ? null : m.share * 100,
          leader: leaders.has(m.unitId),
          complete: m.complete,
        })),
      });
    }
    await onGroup?.(i + 1, groups.length);
  }
  return blocks;
}

/**
 * The year a review report ranks: the review year once its blocks and clusters are scored, else the
 * latest year before it that has a scoring sheet (a sơ kết written in mid-2028 ranks 2027).
 */
export async function latestScoredYear(provinceId: number, from: number, to: number): Promise<number> {
  const sheet = await db.scoringSheet.findFirst({ where: { provinceId, year: { gte: from, lte: to } }, orderBy: { year: 'desc' }, select: { year: true } });
  return sheet?.year ?? to;
}

/** Expected, filed, accepted and late reports of each period covered (lib/review/queries getCompleteness). */
export async function buildCompleteness(actor: Actor, scope: ReportScope): Promise<CompletenessLine[]> {
  const rows = await getCompleteness(actor, scope.periods.map((p) => p.id));
  return scope.periods.flatMap((p) => {
    const c = rows.find((r) => r.periodId === p.id);
    if (!c) return [];
    return [{ periodId: p.id, label: periodShort(p), expected: c.expected, filed: c.filed, accepted: c.accepted, late: c.late, onTime: c.filed - c.late, missing: c.missing.map((m) => m.name) }];
  });
}

/**
 * Commendations (danh hiệu thi đua and hình thức khen thưởng: registry kinds TITLE and FORM, not
 * ratings or discipline) of the span: the province's decisions dated inside it, and the registry
 * lines whose decision is dated inside it. Lines without a day (titles units award themselves in
 * their yearly review, past years imported) belong to a year only, so they count in reports that
 * cover whole years. Individuals are split into leaders (Person.isLeader) and staff.
 */
export async function buildCommendations(scope: ReportScope): Promise<{ byForm: CommendationFormLine[]; decisions: DecisionLine[] }> {
  const provinceId = scope.province.id;
  const days = { gte: dayToDate(scope.from), lte: dayToDate(scope.to) };
  const [entries, decisions] = await Promise.all([
    db.registryEntry.findMany({
      where: {
        provinceId,
        kind: { in: ['TITLE', 'FORM'] },
        OR: [{ decisionDate: days }, ...(scope.wholeYears ? [{ decisionDate: null, year: { gte: scope.firstYear, lte: scope.year } }] : [])],
      },
      select: { code: true, kind: true, personId: true, person: { select: { isLeader: true } } },
    }),
    db.decision.findMany({
      where: { provinceId, date: days },
      orderBy: [{ date: 'asc' }, { id: 'asc' }],
      select: { number: true, date: true, title: true, _count: { select: { entries: true } } },
    }),
  ]);
  const forms = await db.commendationForm.findMany({
    where: { provinceId, code: { in: [...new Set(entries.map((e) => e.code))] } },
    select: { code: true, name: true, sortOrder: true },
  });
  const lines = new Map<string, CommendationFormLine & { order: number }>();
  for (const e of entries) {
    let line = lines.get(e.code);
    if (!line) {
      const form = forms.find((f) => f.code === e.code);
      line = { code: e.code, form: form?.name ?? e.code, kind: e.kind as 'TITLE' | 'FORM', collectives: 0, individuals: 0, leaders: 0, staff: 0, order: form?.sortOrder ?? Number.MAX_SAFE_INTEGER };
      lines.set(e.code, line);
    }
    if (e.personId === null) line.collectives += 1;
    else {
      line.individuals += 1;
      if (e.person?.isLeader) line.leaders += 1;
      else line.staff += 1;
    }
  }
  const byForm = [...lines.values()]
    .sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'TITLE' ? -1 : 1) || a.order - b.order || collator.compare(a.form, b.form))
    .map(({ order: _order, ...line }) => line);
  return {
    byForm,
    decisions: decisions.map((d) => ({ number: d.number, date: dateToDay(d.date), title: d.title, lines: d._count.entries })),
  };
}
