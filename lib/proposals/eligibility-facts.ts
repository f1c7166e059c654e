import 'server-only';
/**
 * Judges a proposal: the rule versions of the province and the nominee's registry facts
 * (lib/commendation/rules-queries), the block/cluster ranking where the rule in force asks for it
 * (lib/appraisal/ranking-queries), through the eligibility engine.
 */
import type { Db, Tx } from '@/lib/db';
import { checkEligibility, pickRuleVersion, type RankingFact } from '@/lib/commendation/eligibility';
import { conditionTypes } from '@/lib/commendation/rule-schema';
import { getRegistryFacts, getRuleVersions } from '@/lib/commendation/rules-queries';
import { isProposedLeader } from '@/lib/appraisal/ranking-queries';
import { assessedThroughYear, type StoredEligibility } from './rules';

export type Nominee = {
  provinceId: number;
  formCode: string;
  recipient: 'INDIVIDUAL' | 'COLLECTIVE' | 'INDIVIDUAL_OR_COLLECTIVE';
  personId: number | null;
  recipientUnitId: number | null;
  year: number;
};

/** Judges a proposal on `day` by the rule version in force that day, over the registry as it stands. */
export async function judgeProposal(client: Db | Tx, proposal: Nominee, day: string): Promise<StoredEligibility> {
  const individual = proposal.recipient === 'INDIVIDUAL' && proposal.personId !== null;
  const throughYear = assessedThroughYear(proposal.year, day);
  const [versions, facts] = await Promise.all([
    getRuleVersions(proposal.provinceId, client),
    getRegistryFacts(proposal.provinceId, individual ? { personId: proposal.personId! } : { unitId: proposal.recipientUnitId! }, client),
  ]);
  const version = pickRuleVersion(versions, proposal.formCode, day);
  const rankingMatters = !individual && version?.collective ? conditionTypes(version.collective).includes('from_block_or_cluster_ranking') : false;
  // The Emulation Flag goes to the leading unit of the year proposed for: that year's ranking.
  const ranking: RankingFact | null = rankingMatters ? await isProposedLeader(proposal.provinceId, proposal.recipientUnitId!, proposal.year) : null;
  const result = checkEligibility(versions, proposal.formCode, {
    recipient: individual ? 'INDIVIDUAL' : 'COLLECTIVE',
    proposalDay: day,
    throughYear,
    entries: facts.entries,
    members: facts.members,
    ranking,
  });
  return { ...result, judgedOn: day, ...(rankingMatters && ranking?.rank === null ? { rankingUnavailable: true } : {}) };
}


