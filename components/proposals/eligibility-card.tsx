import { getLocale, getTranslations } from 'next-intl/server';
import { asAny } from '@/lib/i18n/translate';
import { formatDay } from '@/lib/i18n/format';
import { CODE_PARAMS, type Verdict } from '@/lib/commendation/eligibility';
import { reasonMessageKey, verdictDepth, type StoredEligibility } from '@/lib/proposals/rules';
import { Alert, Badge, Card } from '@/components/ui/card';

type CodeName = { code: string; name: string; nameEn: string | null };

/**
 * The verdicts of the eligibility check, each in words with the rule's legal source: stored at
 * submission, or a preview (as if submitted today) while the unit still holds the proposal.
 */
export async function EligibilityCard({ eligibility, preview, names }: { eligibility: StoredEligibility | null; preview: boolean; names: CodeName[] }) {
  const t = await getTranslations('commendation.check');
  const tAny = asAny(await getTranslations());
  const en = (await getLocale()) === 'en';
  const nameOf = (code: string) => {
    const row = names.find((n) => n.code === code);
    return row ? (en ? (row.nameEn ?? row.name) : row.name) : code;
  };
  if (!eligibility) {
    return (
      <Card title={t('title')}>
        <p className="text-sm text-slate-600">{t('notChecked')}</p>
      </Card>
    );
  }
  const text = (v: Verdict) => {
    const params = Object.fromEntries(Object.entries(v.params).map(([k, value]) => [k, (CODE_PARAMS as readonly string[]).includes(k) ? nameOf(String(value)) : value]));
    const key = reasonMessageKey(v.reasonKey);
    return tAny.has(key) ? tAny(key, params) : key;
  };
  const { rule } = eligibility;
  const verdict = eligibility.manualReview ? (
    <Badge tone="info">{t('manual')}</Badge>
  ) : eligibility.eligible ? (
    <Badge tone="good">{t('eligible')}</Badge>
  ) : (
    <Badge tone="bad">{t('ineligible')}</Badge>
  );
  return (
    <Card title={t('title')} actions={verdict}>
      <div className="space-y-2 text-sm">
        <p className="text-slate-600">{preview ? t('preview', { day: formatDay(eligibility.judgedOn) }) : t('judgedOn', { day: formatDay(eligibility.judgedOn) })}</p>
        {rule && (
          <>
            <p>{t('rule', { form: nameOf(rule.formCode), version: rule.version, from: formatDay(rule.effectiveFrom), year: eligibility.throughYear })}</p>
            <p className="font-medium">{t('legalSource', { source: rule.legalSource })}</p>
          </>
        )}
        <ul className="space-y-1" aria-label={t('title')}>
          {eligibility.verdicts.map((v, i) => (
            <li key={`${v.path}-${i}`} className="flex gap-2" style={{ paddingLeft: `${verdictDepth(v.path) * 1.25}rem` }}>
              <span aria-hidden="true" className={v.passed ? 'text-green-700' : 'text-red-700'}>
                {v.passed ? '✓' : '✗'}
              </span>
              <span>
                <span className="sr-only">{v.passed ? t('passedMark') : t('failedMark')}: </span>
                <span className={v.passed ? '' : 'text-red-800'}>{text(v)}</span>
                {v.legalSource && rule && v.legalSource !== rule.legalSource && <span className="block text-xs text-slate-500">{t('legalSource', { source: v.legalSource })}</span>}
              </span>
            </li>
          ))}
        </ul>
        {eligibility.rankingUnavailable && <Alert tone="info">{t('rankingUnavailable')}</Alert>}
        {preview && !eligibility.eligible && <Alert tone="warning">{t('decisionNote')}</Alert>}
      </div>
    </Card>
  );
}
