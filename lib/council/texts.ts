/**
 * Texts the council writes into the record itself (not the reader's language): the reason a
 * rejected proposal carries is the official Vietnamese wording of the result.
 */
import { createTranslator } from 'next-intl';
import { CATALOGUES } from '@/lib/i18n/messages';
import { vnNumber } from '@/lib/documents/format';

export function rejectionReason(values: { yes: number; members: number; required: number; pct: number }): string {
  const t = createTranslator({ locale: 'vi', messages: CATALOGUES.vi, namespace: 'council' });
  return t('rejectionReason', { yes: values.yes, members: values.members, required: values.required, pct: vnNumber(values.pct) });
}
