/**
 * The default eligibility rule versions, written from the `rule` of each entry of
 * seed/data/commendation-forms.json that states its criteria as data, with the criteria its
 * `criteria_en` adds (collective: the unit's own rating, no member disciplined). The seed inserts them
 * once; the administrator revises them as new versions with their own effective day.
 *
 * Entries without criteria as data are not here: Lao động tiên tiến, Chiến sĩ thi đua cơ sở, Tập thể
 * lao động tiên tiến and Giấy khen are awarded by the units themselves and only recorded in the
 * registry; the collective Bằng khen has no rule as data, so it is judged by hand (manualReview).
 * The sources were not checked against Nghị định 152/2025/NĐ-CP, which replaced 98/2023/NĐ-CP
 * (the file marks every entry `verified_against_current_decree: false`).
 */
import type { RuleVersion } from '@/lib/commendation/rule-schema';

const LAW = 'Luật Thi đua, khen thưởng 06/2022/QH15';
const DECREE_98 = 'Nghị định 98/2023/NĐ-CP';
const FROM = '2024-01-01';

export const DEFAULT_ELIGIBILITY_RULES: RuleVersion[] = [
  {
    formCode: 'CSTD_TINH',
    version: 1,
    effectiveFrom: FROM,
    legalSource: `${LAW}, Điều 22`,
    recipients: ['INDIVIDUAL'],
    individual: {
      type: 'all_of',
      of: [
        { type: 'consecutive_years_of', code: 'CSTD_CO_SO', years: 3 },
        // The effect must reach the whole province: Home Affairs checks the scope in the dossier.
        { type: 'needs_initiative', count: 1, years: 3 },
      ],
    },
    councilVote: true,
    publicDisclosure: true,
    note: 'Chọn trong số cá nhân 3 lần liên tục đạt Chiến sĩ thi đua cơ sở, có sáng kiến hoặc đề tài có tác dụng ảnh hưởng trong phạm vi toàn tỉnh; Hội đồng bỏ phiếu kín.',
  },
  {
    formCode: 'TTLDXS',
    version: 1,
    effectiveFrom: FROM,
    legalSource: `${LAW}, Điều 27`,
    recipients: ['COLLECTIVE'],
    collective: {
      type: 'all_of',
      of: [
        { type: 'consecutive_years_rated', rating: 'HTXSNV', years: 1 },
        { type: 'members_completed_pct', min: 100, legalSource: `${LAW}, Điều 27; ${DECREE_98}` },
        { type: 'members_ldtt_min_pct', min: 70, legalSource: `${LAW}, Điều 27; ${DECREE_98}` },
        { type: 'members_cstd_co_so_min', min: 1, legalSource: `${LAW}, Điều 27; ${DECREE_98}` },
        { type: 'members_no_discipline', minSeverity: 'CANH_CAO', legalSource: `${LAW}, Điều 27; ${DECREE_98}` },
      ],
    },
    councilVote: false,
    publicDisclosure: false,
    note: 'Hoàn thành xuất sắc nhiệm vụ; 100% thành viên hoàn thành nhiệm vụ, ít nhất 70% đạt Lao động tiên tiến; có cá nhân đạt Chiến sĩ thi đua cơ sở; không có cá nhân bị kỷ luật từ cảnh cáo trở lên.',
  },
  {
    formCode: 'CO_THI_DUA_UBND_TINH',
    version: 1,
    effectiveFrom: FROM,
    legalSource: `${LAW}, Điều 26`,
    recipients: ['COLLECTIVE'],
    collective: { type: 'from_block_or_cluster_ranking' },
    councilVote: true,
    publicDisclosure: true,
    note: 'Đơn vị dẫn đầu khối, cụm thi đua do khối, cụm suy tôn sau khi chấm điểm; Hội đồng bỏ phiếu kín.',
  },
  {
    formCode: 'BANG_KHEN_CT_UBND_TINH',
    version: 1,
    effectiveFrom: FROM,
    legalSource: `${LAW}, Điều 74`,
    recipients: ['INDIVIDUAL', 'COLLECTIVE'],
    individual: {
      type: 'any_of',
      of: [
        { type: 'consecutive_years_of', code: 'CSTD_CO_SO', years: 2 },
        { type: 'consecutive_years_rated', rating: 'HTXSNV', years: 2, initiatives: 2 },
      ],
    },
    // Collective criteria "per the decree" were not stated as data: judged by hand.
    collective: null,
    councilVote: false,
    publicDisclosure: false,
    note: 'Cá nhân: 2 năm liên tục đạt Chiến sĩ thi đua cơ sở, hoặc 2 năm liên tục hoàn thành xuất sắc nhiệm vụ và có 2 sáng kiến được công nhận. Thành tích đột xuất, chuyên đề và khen tập thể: Sở Nội vụ thẩm định theo hồ sơ.',
  },
];
