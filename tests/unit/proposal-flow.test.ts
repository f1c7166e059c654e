import { describe, expect, it } from 'vitest';
import { isProposalEditable, refusalOf, targetOf } from '@/lib/commendation/proposal-flow';

const plain = { needs: { publicDisclosure: false, councilVote: false } };
const flag = { needs: { publicDisclosure: true, councilVote: true } };

describe('proposal flow', () => {
  it('lets only the unit head submit, from a draft or after a request for missing items', () => {
    expect(refusalOf('submit', 'DRAFT', 'UNIT_HEAD', plain)).toBeNull();
    expect(refusalOf('submit', 'NEEDS_INFO', 'UNIT_HEAD', plain)).toBeNull();
    expect(refusalOf('submit', 'DRAFT', 'UNIT_OFFICER', plain)).toBe('notYourStep');
    expect(refusalOf('submit', 'APPRAISED', 'UNIT_HEAD', plain)).toBe('wrongState');
    expect(targetOf('submit')).toBe('SUBMITTED');
  });

  it('sends a form without disclosure or council from appraisal straight to the decision', () => {
    expect(refusalOf('appraise', 'SUBMITTED', 'REVIEWER', plain)).toBeNull();
    expect(refusalOf('decide', 'APPRAISED', 'REVIEWER', plain)).toBeNull();
    expect(refusalOf('openDisclosure', 'APPRAISED', 'REVIEWER', plain)).toBe('noDisclosureNeeded');
    expect(refusalOf('sendToCouncil', 'APPRAISED', 'REVIEWER', plain)).toBe('noCouncilNeeded');
  });

  it('makes the Emulation Flag go through disclosure, a full window, then the council, then the decision', () => {
    expect(refusalOf('decide', 'APPRAISED', 'REVIEWER', flag)).toBe('councilFirst');
    expect(refusalOf('sendToCouncil', 'APPRAISED', 'REVIEWER', flag)).toBe('disclosureFirst');
    expect(refusalOf('openDisclosure', 'APPRAISED', 'REVIEWER', flag)).toBeNull();
    // The window's last day still belongs to the public.
    expect(refusalOf('sendToCouncil', 'DISCLOSURE', 'REVIEWER', { ...flag, today: '2026-12-15', disclosureEnd: '2026-12-15' })).toBe('disclosureNotOver');
    expect(refusalOf('sendToCouncil', 'DISCLOSURE', 'REVIEWER', { ...flag, today: '2026-12-16', disclosureEnd: '2026-12-15' })).toBeNull();
    expect(refusalOf('councilApprove', 'COUNCIL', 'REVIEWER', flag)).toBeNull();
    expect(refusalOf('decide', 'APPROVED', 'REVIEWER', flag)).toBeNull();
    expect(refusalOf('decide', 'COUNCIL', 'REVIEWER', flag)).toBe('wrongState');
  });

  it('keeps every reviewer step away from other roles and the dossier in the unit’s hands only while editable', () => {
    for (const role of ['UNIT_OFFICER', 'UNIT_HEAD', 'COUNCIL_MEMBER', 'LEADER', 'ADMIN'] as const) {
      expect(refusalOf('appraise', 'SUBMITTED', role, plain)).toBe('notYourStep');
      expect(refusalOf('decide', 'APPRAISED', role, plain)).toBe('notYourStep');
    }
    expect(isProposalEditable('DRAFT')).toBe(true);
    expect(isProposalEditable('NEEDS_INFO')).toBe(true);
    expect(isProposalEditable('SUBMITTED')).toBe(false);
    expect(isProposalEditable('DECIDED')).toBe(false);
  });
});
