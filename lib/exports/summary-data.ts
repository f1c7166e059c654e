import 'server-only';
/**
 * The data of a summary report, section by section, for a caller allowed the review-year reports
 * ('dashboard:all'). `onProgress` hears each finished section (0–100 of the data part), so the job
 * can show how far it got.
 */
import { requirePermission, type Actor } from '@/lib/auth/session';
import { buildIndicatorSection } from './indicator-section';
import { resolveScope } from './scope';
import { buildCommendations, buildCompleteness, buildRankings, latestScoredYear } from './sections';
import type { ExportParams } from './schema';
import type { SummaryData } from './summary-types';
import { provinceIssuer } from './words';

type Progress = (percent: number) => Promise<void>;

export async function buildSummaryData(actor: Actor, params: ExportParams, onProgress: Progress = async () => {}): Promise<SummaryData> {
  requirePermission(actor, 'dashboard:all');
  const review = params.kind !== 'PERIOD';
  const scope = await resolveScope(actor.provinceId, params);
  await onProgress(5);

  const { span, areas } = await buildIndicatorSection(scope, review);
  await onProgress(40);
  const rankingYear = review ? await latestScoredYear(actor.provinceId, scope.firstYear, scope.year) : scope.year;
  const rankings = await buildRankings(actor, rankingYear, (done, of) => onProgress(40 + Math.round((30 * done) / Math.max(of, 1))));
  await onProgress(70);
  const completeness = await buildCompleteness(actor, scope);
  await onProgress(80);
  const commendations = await buildCommendations(scope);
  await onProgress(90);

  return {
    kind: params.kind,
    format: params.format,
    title: scope.title,
    scopeLabel: scope.scopeLabel,
    from: scope.from,
    to: scope.to,
    span,
    wholeYears: scope.wholeYears,
    campaign: scope.campaign,
    province: scope.province,
    issuer: provinceIssuer(scope.province.name),
    year: scope.year,
    rankingYear,
    years: review ? Array.from({ length: scope.year - scope.firstYear + 1 }, (_, i) => scope.firstYear + i) : [],
    date: params.date,
    signer: params.signer,
    signerTitle: params.signerTitle,
    areas,
    rankings,
    completeness,
    commendations,
  };
}
