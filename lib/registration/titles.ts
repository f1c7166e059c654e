/**
 * Emulation titles (danh hiệu thi đua) a unit may aim for when it registers, read from the
 * commendation forms of the seed until the commendation tables exist. Collective titles: TTLDXS,
 * TTLDTT, CO_THI_DUA_UBND_TINH; individual titles: LDTT, CSTD_CO_SO, CSTD_TINH. Pure.
 */
import forms from '@/prisma/seed/data/commendation-forms.json';
import type { Locale } from '@/lib/i18n/config';

export type TitleRecipient = 'collective' | 'individual';
export type Title = { code: string; nameVi: string; nameEn: string; recipient: TitleRecipient };

type Entry = { code: string; kind: string; name_vi: string; name_en: string; recipient: string };

const TITLES: readonly Title[] = (forms.entries as Entry[])
  .filter((e) => e.kind === 'title')
  .flatMap((e): Title[] => {
    const recipients: TitleRecipient[] =
      e.recipient === 'individual_or_collective' ? ['collective', 'individual'] : e.recipient === 'collective' || e.recipient === 'individual' ? [e.recipient] : [];
    return recipients.map((recipient) => ({ code: e.code, nameVi: e.name_vi, nameEn: e.name_en, recipient }));
  });

// The order a reader expects: the lower title first.
const RANK: Record<string, number> = { TTLDTT: 1, TTLDXS: 2, CO_THI_DUA_UBND_TINH: 3, LDTT: 1, CSTD_CO_SO: 2, CSTD_TINH: 3 };
const byRank = (a: Title, b: Title) => (RANK[a.code] ?? 9) - (RANK[b.code] ?? 9) || a.code.localeCompare(b.code);

export const COLLECTIVE_TITLES: readonly Title[] = TITLES.filter((t) => t.recipient === 'collective').sort(byRank);
export const INDIVIDUAL_TITLES: readonly Title[] = TITLES.filter((t) => t.recipient === 'individual').sort(byRank);

export const isCollectiveTitle = (code: string) => COLLECTIVE_TITLES.some((t) => t.code === code);
export const isIndividualTitle = (code: string) => INDIVIDUAL_TITLES.some((t) => t.code === code);

export function titleName(code: string | null | undefined, locale: Locale): string {
  if (!code) return '—';
  const title = TITLES.find((t) => t.code === code);
  return title ? (locale === 'en' ? title.nameEn : title.nameVi) : code;
}

export function titleOptions(recipient: TitleRecipient, locale: Locale) {
  return (recipient === 'collective' ? COLLECTIVE_TITLES : INDIVIDUAL_TITLES).map((t) => ({ value: t.code, label: locale === 'en' ? t.nameEn : t.nameVi }));
}
