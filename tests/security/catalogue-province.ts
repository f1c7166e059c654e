/**
 * The catalogue's actions that are not on one unit's own records: the administrator's, Home
 * Affairs' council and decisions, scoring, exports, the caller's own account and language, the
 * public's comment. See ./catalogue.ts for what an entry says.
 */
import { db } from '@/lib/db';
import { dateToDay } from '@/lib/clock';
import { indicatorForm, elementForm } from '../db/catalogue-fixtures';
import { actionsOf, type ActionEntry } from './catalogue-types';
import { next, PASSWORD } from './fixtures';

const vnDay = (day: string) => day.split('-').reverse().join('/');
const iso = (d: Date) => d.toISOString();
/** An HTML checkbox: sent when ticked, absent otherwise. */
const checkbox = (name: string, on: boolean) => (on ? { [name]: 'on' } : {});

const admin = actionsOf('lib/admin/actions.ts');
const catalogue = actionsOf('lib/catalogue/admin-actions.ts');
const commendation = actionsOf('lib/commendation/admin-actions.ts');
const appraisal = actionsOf('lib/appraisal/actions.ts');
const council = actionsOf('lib/council/actions.ts');

let focusNumber = 0;
let periodSlot = 0;

export const PROVINCE_ACTIONS: ActionEntry[] = [
  // --- Administration: provinces, units, users, persons
  admin('createProvinceAction', 'form', 'admin:manage', 'none', async () => {
    const n = next();
    return { code: `P${n}`, name: `Tỉnh thử ${n}`, nameEn: '', adminUsername: '', adminDisplayName: '' };
  }),
  admin('updateProvinceAction', 'form', 'admin:manage', 'none', async ({ w }) => {
    const p = await db.province.findUniqueOrThrow({ where: { id: w.adminProvince.id } });
    return { id: String(p.id), updatedAt: iso(p.updatedAt), code: p.code, name: p.name, nameEn: p.nameEn ?? '' };
  }),
  admin('createUnitAction', 'form', 'admin:manage', 'none', async ({ w }) => ({ provinceId: String(w.province.id), ...unitFields(`Xã thử ${next()}`) })),
  admin('updateUnitAction', 'form', 'admin:manage', 'none', async ({ w }) => {
    const u = await db.unit.findUniqueOrThrow({ where: { id: w.adminUnit.id } });
    return { id: String(u.id), updatedAt: iso(u.updatedAt), ...unitFields(u.name) };
  }),
  admin('createUserAction', 'form', 'admin:manage', 'none', async ({ w }) => ({
    provinceId: String(w.province.id),
    username: `thu.nghiem.${next()}`,
    ...userFields(w.adminUnit.id),
  })),
  admin('updateUserAction', 'form', 'admin:manage', 'none', async ({ w }) => {
    const u = await db.user.findUniqueOrThrow({ where: { id: w.adminUser.id } });
    return { id: String(u.id), updatedAt: iso(u.updatedAt), ...userFields(w.adminUnit.id) };
  }),
  admin('setUserActiveAction', 'form', 'admin:manage', 'none', async ({ w }) => {
    const u = await db.user.findUniqueOrThrow({ where: { id: w.adminUser.id } });
    return { id: String(u.id), updatedAt: iso(u.updatedAt), active: u.active ? 'false' : 'true' };
  }),
  admin('resetPasswordAction', 'form', 'admin:manage', 'none', async ({ w }) => {
    const u = await db.user.findUniqueOrThrow({ where: { id: w.adminUser.id } });
    return { id: String(u.id), updatedAt: iso(u.updatedAt) };
  }),
  admin('createPersonAction', 'form', 'admin:manage', 'none', async ({ w }) => personFields(w.adminUnit.id, `Người thử ${next()}`)),
  admin('updatePersonAction', 'form', 'admin:manage', 'none', async ({ w }) => {
    const p = await db.person.findUniqueOrThrow({ where: { id: w.adminPerson.id } });
    return { id: String(p.id), updatedAt: iso(p.updatedAt), ...personFields(p.unitId, p.fullName) };
  }),

  // --- The campaign catalogue (a spare campaign, so the seeded one stays as the reports need it)
  catalogue('createCampaignAction', 'form', 'admin:manage', 'none', async () => {
    const n = next();
    return { code: `TD-X${n}`, name: `Phong trào thử ${n}`, nameEn: '', theme: 'Thử nghiệm', startYear: '2031', endYear: '2031', documentRef: '' };
  }),
  catalogue('updateCampaignAction', 'form', 'admin:manage', 'none', async ({ w }) => {
    const c = await db.campaign.findUniqueOrThrow({ where: { id: w.spareCampaign.id } });
    return { id: String(c.id), updatedAt: iso(c.updatedAt), code: c.code, name: c.name, nameEn: '', theme: c.theme, startYear: String(c.startYear), endYear: String(c.endYear), documentRef: '', ...checkbox('active', c.active) };
  }),
  catalogue('saveMilestoneAction', 'form', 'admin:manage', 'none', async ({ w }) => ({
    campaignId: String(w.spareCampaign.id),
    code: `M-${next()}`,
    kind: 'OTHER',
    name: 'Mốc thử',
    year: '2032',
    anchorDate: '',
    note: '',
  })),
  catalogue('saveContestAreaAction', 'form', 'admin:manage', 'none', async ({ w }) => ({
    campaignId: String(w.spareCampaign.id),
    code: `LV-${next()}`,
    name: 'Lĩnh vực thử',
    nameEn: '',
    sortOrder: '1',
  })),
  catalogue('saveFocusItemAction', 'form', 'admin:manage', 'none', async ({ w }) => ({
    campaignId: String(w.spareCampaign.id),
    kind: 'BREAKTHROUGH',
    number: String((focusNumber++ % 100) + 1),
    name: 'Đột phá thử',
    nameEn: '',
  })),
  catalogue('saveIndicatorAction', 'form', 'admin:manage', 'none', async ({ w }) => {
    const indicator = await db.indicator.findUniqueOrThrow({ where: { id: w.spareIndicator.id } });
    return indicatorForm(indicator);
  }),
  catalogue('saveElementAction', 'form', 'admin:manage', 'none', async ({ w }) => {
    const element = await db.dataElement.findUniqueOrThrow({ where: { id: w.spareElement.id } });
    return elementForm(element) as Record<string, string | string[]>;
  }),
  catalogue('updatePeriodDatesAction', 'form', 'admin:manage', 'none', async ({ w }) => {
    const p = await db.reportingPeriod.findFirstOrThrow({ where: { campaignId: w.campaign.id, type: 'QUARTER', year: 2029, number: 1 } });
    return { id: String(p.id), updatedAt: iso(p.updatedAt), dueDate: vnDay(dateToDay(p.dueDate)), expiryDate: vnDay(dateToDay(p.expiryDate)) };
  }),
  catalogue('addPeriodAction', 'form', 'admin:manage', 'none', async ({ w }) => {
    const slot = periodSlot++;
    return { campaignId: String(w.spareCampaign.id), type: 'HALF_YEAR', year: String(2031 + (Math.floor(slot / 2) % 8)), number: String((slot % 2) + 1), dueDate: '', expiryDate: '' };
  }),
  catalogue('updateSettingAction', 'form', 'admin:manage', 'none', async ({ w }) => {
    const row = await db.setting.findUnique({ where: { provinceId_key: { provinceId: w.province.id, key: 'reporting.reminderDays' } } });
    return { key: 'reporting.reminderDays', value: String(row?.value ?? 3), updatedAt: row ? iso(row.updatedAt) : '' };
  }),

  // --- The commendation catalogue and its eligibility rules
  commendation('updateCommendationFormAction', 'form', 'admin:manage', 'none', async ({ w }) => {
    const f = await db.commendationForm.findFirstOrThrow({ where: { provinceId: w.province.id, code: w.forms.spare } });
    return {
      id: String(f.id),
      updatedAt: iso(f.updatedAt),
      name: f.name,
      nameEn: f.nameEn ?? '',
      ...checkbox('awardedByUnit', f.awardedByUnit),
      ...checkbox('needsCouncilVote', f.needsCouncilVote),
      ...checkbox('needsPublicDisclosure', f.needsPublicDisclosure),
      ...checkbox('active', f.active),
    };
  }),
  commendation('addRuleVersionAction', 'form', 'admin:manage', 'none', async ({ w }) => {
    const latest = await db.eligibilityRule.findFirstOrThrow({ where: { provinceId: w.province.id, formCode: w.forms.ruled }, orderBy: { effectiveFrom: 'desc' } });
    // A first day after the latest version's and in 2031 or later: a version that judges nothing the other cases do.
    const from = new Date(Math.max(latest.effectiveFrom.getTime(), Date.UTC(2030, 11, 31)) + 86_400_000);
    const { effectiveTo: _to, ...definition } = latest.definition as Record<string, unknown>;
    return { provinceId: String(w.province.id), formCode: w.forms.ruled, effectiveFrom: vnDay(dateToDay(from)), legalSource: 'Điều 21 Nghị định 98/2023/NĐ-CP', definition: JSON.stringify(definition) };
  }),
  commendation('withdrawRuleVersionAction', 'form', 'admin:manage', 'none', async ({ w }) => {
    const latest = await db.eligibilityRule.findFirstOrThrow({ where: { provinceId: w.province.id, formCode: w.forms.ruled }, orderBy: { version: 'desc' } });
    const top = await db.eligibilityRule.findFirstOrThrow({ where: { provinceId: w.province.id, formCode: w.forms.ruled }, orderBy: { effectiveFrom: 'desc' } });
    const rule = await db.eligibilityRule.create({
      data: {
        provinceId: w.province.id,
        formCode: w.forms.ruled,
        version: latest.version + 1,
        effectiveFrom: new Date(Math.max(top.effectiveFrom.getTime(), Date.UTC(2030, 0, 1)) + 86_400_000),
        legalSource: 'Bản thử, sẽ rút',
        definition: latest.definition ?? {},
      },
    });
    return { id: String(rule.id) };
  }),

  // --- Scoring of blocks and clusters
  appraisal('saveSheetAction', 'form', 'admin:manage', 'none', async ({ w }) => {
    const groupId = w.units.own.groupId!;
    const sheet = await db.scoringSheet.findUnique({ where: { groupId_year: { groupId, year: 2027 } } });
    const definition = {
      areas: [{ code: w.area.code, weight: '1', criteria: [{ code: 'MOV', name: 'Tổ chức phong trào', source: 'SCORED', maxScore: '10' }] }],
      leaders: { top: '1', minSharePct: '50' },
    };
    return { groupId: String(groupId), year: '2027', version: String(sheet?.version ?? 0), definition: JSON.stringify(definition) };
  }),
  appraisal('saveScoresAction', 'form', 'review:act', 'unit', async ({ w, unit }) => {
    const s = await w.scoringSheet(unit);
    return { groupId: String(s.groupId), year: String(s.year), unitId: String(s.unitId), version: String(s.version), note: '', 'score.MOV': '8,5' };
  }),

  // --- Council sessions (Home Affairs prepares, members vote) and decisions
  council('createSessionAction', 'form', 'review:act', 'none', async () => ({ title: `Phiên họp ${next()}`, meetingDate: '20/10/2026' })),
  council('addItemAction', 'form', 'review:act', 'unit', async ({ w, unit }) => {
    const session = await w.councilSession('DRAFT', null);
    const p = await w.councilReady(unit);
    return { sessionId: String(session.sessionId), proposalId: String(p.proposalId) };
  }),
  council('removeItemAction', 'form', 'review:act', 'unit', async ({ w, unit }) => {
    const s = await w.councilSession('DRAFT', unit);
    return { sessionId: String(s.sessionId), proposalId: String(s.proposalId) };
  }),
  council('openSessionAction', 'form', 'review:act', 'none', async ({ w }) => ({ sessionId: String((await w.councilSession('DRAFT', 'own')).sessionId) })),
  council('closeSessionAction', 'form', 'review:act', 'none', async ({ w }) => ({ sessionId: String((await w.councilSession('OPEN', 'own')).sessionId) })),
  council('castBallotAction', 'form', 'council:vote', 'none', async ({ w }) => {
    const s = await w.councilSession('OPEN', 'own');
    return { sessionId: String(s.sessionId), [`choice.${s.itemId}`]: 'YES' };
  }),
  actionsOf('lib/decisions/actions.ts')('recordDecisionAction', 'form', 'review:act', 'unit', async ({ w, unit }) => {
    const p = await w.proposal(unit, 'APPRAISED');
    return {
      number: `${next()}/QĐ-UBND`,
      date: '05/10/2026',
      signer: 'Lê Hải Hòa',
      signerTitle: 'CHỦ TỊCH',
      title: 'Về việc tặng Bằng khen',
      issuer: '',
      proposalRef: '',
      'proposalIds[]': String(p.proposalId),
    };
  }),

  // --- Exports of the review-year reports
  actionsOf('lib/exports/actions.ts')('requestExportAction', 'form', 'dashboard:all', 'none', async ({ w }) => ({
    kind: 'PERIOD',
    periodId: String(w.q2.id),
    format: 'xlsx',
    signer: 'Lê Hải Hòa',
    signerTitle: 'CHỦ TỊCH',
  })),

  // --- The caller's own account, notifications and language; the public's comment
  actionsOf('lib/account/actions.ts')('changePasswordAction', 'form', 'signed-in', 'none', async ({ w, actor }) => {
    // The account's password is the known one again, whatever an earlier case changed it to.
    if (actor) await db.user.update({ where: { id: actor.id }, data: { passwordHash: w.passwordHash } });
    const password = `Moi${next()}@2026`;
    return { currentPassword: PASSWORD, newPassword: password, confirmPassword: password };
  }),
  actionsOf('lib/notifications/actions.ts')('markNotificationsRead', 'formdata', 'signed-in', 'none', async ({ w, actor }) => ({
    id: String((await w.notification(actor?.id ?? w.actors.LEADER.id)).id),
  })),
  actionsOf('lib/i18n/actions.ts')('setLocale', 'formdata', 'public', 'none', async () => ({ locale: 'en' })),
  actionsOf('lib/proposals/public-actions.ts')('postPublicCommentAction', 'form', 'public', 'none', async ({ w }) => {
    const p = await w.disclosed('own');
    return { proposalId: String(p.proposalId), authorName: '', contact: '', text: 'Tôi đồng ý với đề nghị khen thưởng này.', token: p.token, website: '' };
  }),
];

function unitFields(name: string) {
  return { name, shortName: '', nameEn: '', kind: 'COMMUNE', parentId: '', adminCode: '', border: '', borderSource: '', groupId: '', note: '', active: 'on' };
}

function userFields(unitId: number) {
  return { displayName: 'Người dùng thử', role: 'LEADER', unitId: String(unitId), person: '', position: '', email: '' };
}

function personFields(unitId: number, fullName: string) {
  return { unitId: String(unitId), fullName, position: 'Công chức', birthYear: '', active: 'on' };
}
