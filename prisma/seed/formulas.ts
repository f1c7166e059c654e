/**
 * The formula of each indicator of the plan, in the safe language of lib/catalogue/formula.ts,
 * written from `province_value` in indicator-reporting.json, and the validation rules of some
 * elements. A reading the administrator can change; the seed only inserts it once.
 */
type UnitReading = 'FORMULA' | 'YES_NO' | 'NONE';

const share = (code: string) => `100 * sum(${code}) / count(${code})`;

export const INDICATOR_FORMULAS: Record<string, { formula: string; unitReading: UnitReading }> = {
  'ECO-GRDP-GROWTH': { formula: 'mean_rate(GRDP_GROWTH_PCT)', unitReading: 'NONE' },
  'ECO-GRDP-PER-CAPITA': { formula: 'GRDP_CURRENT_BN_VND * 1000 / POPULATION_AVG', unitReading: 'NONE' },
  'ECO-GRDP-SHARE-SERVICES-INDUSTRY': { formula: 'GRDP_SERVICES_PCT + GRDP_INDUSTRY_CONSTRUCTION_PCT', unitReading: 'NONE' },
  'ECO-GRDP-SHARE-AGRICULTURE': { formula: 'GRDP_AGRI_PCT', unitReading: 'NONE' },
  'ECO-BUDGET-REVENUE-GROWTH': { formula: 'growth_avg(BUDGET_REVENUE_BN_VND)', unitReading: 'NONE' },
  'ECO-INVESTMENT-GROWTH': { formula: 'growth_avg(INVESTMENT_BN_VND)', unitReading: 'NONE' },
  'ECO-DIGITAL-ECONOMY-SHARE': { formula: 'DIGITAL_ECONOMY_PCT', unitReading: 'NONE' },
  'ECO-FOUNDATIONAL-DIGITAL-ECONOMY-SHARE': { formula: 'CORE_DIGITAL_ECONOMY_PCT', unitReading: 'NONE' },
  'CS-MULTIDIM-POVERTY-REDUCTION': { formula: 'drop_pp_avg(100 * POOR_HOUSEHOLDS / HOUSEHOLDS)', unitReading: 'FORMULA' },
  'CS-NTM-COMMUNES': { formula: share('NTM_STANDARD_MET'), unitReading: 'YES_NO' },
  'CS-DRUG-FREE-SECURE-COMMUNES-WARDS': {
    formula: '100 * sum(min(DRUG_FREE, SECURITY_ASSURED)) / count(min(DRUG_FREE, SECURITY_ASSURED))',
    unitReading: 'YES_NO',
  },
  'CS-SATELLITE-SCHOOL-SITES-REDUCTION': { formula: 'drop_pct(SATELLITE_SCHOOL_SITES)', unitReading: 'FORMULA' },
  'CS-COMMUNES-WITH-BOARDING-SCHOOL': { formula: share('HAS_BOARDING_SCHOOL'), unitReading: 'YES_NO' },
  'CS-BORDER-COMMUNES-INTERLEVEL-BOARDING-SCHOOL': { formula: share('HAS_INTERLEVEL_BOARDING_SCHOOL'), unitReading: 'YES_NO' },
  'CS-NEW-PROVINCIAL-GENERAL-HOSPITAL': { formula: 'HOSPITAL_IN_OPERATION', unitReading: 'NONE' },
  'CS-OUT-OF-PROVINCE-MEDICAL-COST-REDUCTION': { formula: 'drop_pct(OUT_OF_PROVINCE_MEDICAL_COST_BN_VND)', unitReading: 'NONE' },
  // Wards count: "xã" in the plan is read as the commune level (cấp xã), see docs/decisions/003.
  'CS-CB-HPI-COMMUNES': { formula: '100 * sum(CB_HPI_SCORE >= 90) / count(CB_HPI_SCORE)', unitReading: 'YES_NO' },
  'DAR-ONLINE-PUBLIC-SERVICE-USAGE': { formula: '100 * DOSSIERS_ONLINE / DOSSIERS_TOTAL', unitReading: 'FORMULA' },
  'DAR-SECTOR-DB-LINKED-TO-NATIONAL-POPULATION-DB': { formula: '100 * SECTOR_DBS_LINKED / SECTOR_DBS', unitReading: 'FORMULA' },
  'DAR-PAR-INDEX-RANK': { formula: 'PAR_INDEX_RANK', unitReading: 'NONE' },
  'DAR-DTI-RANK': { formula: 'DTI_RANK', unitReading: 'NONE' },
  'DS-DRUG-FREE-COMMUNES-WARDS': { formula: share('DRUG_FREE'), unitReading: 'YES_NO' },
  'DS-TRAFFIC-ACCIDENT-REDUCTION': {
    formula: 'min(drop_yoy(TRAFFIC_ACCIDENTS), drop_yoy(TRAFFIC_DEATHS), drop_yoy(TRAFFIC_INJURIES))',
    unitReading: 'NONE',
  },
  'DS-SOCIAL-ORDER-CRIME-REDUCTION': { formula: 'drop_yoy(SOCIAL_ORDER_CRIMES)', unitReading: 'NONE' },
  'PB-PARTY-UNITS-GOOD-PERFORMANCE': { formula: '100 * PARTY_UNITS_GOOD / PARTY_UNITS', unitReading: 'NONE' },
  'PB-NEW-PARTY-MEMBERS': { formula: 'NEW_PARTY_MEMBERS', unitReading: 'NONE' },
};

/** Validation beyond the value type: a part never above its total, evidence, special ranges. */
export const ELEMENT_RULES: Record<string, { partOf?: string; evidence?: boolean; min?: number; max?: number }> = {
  POOR_HOUSEHOLDS: { partOf: 'HOUSEHOLDS' },
  DOSSIERS_ONLINE: { partOf: 'DOSSIERS_TOTAL' },
  SECTOR_DBS_LINKED: { partOf: 'SECTOR_DBS' },
  PARTY_UNITS_GOOD: { partOf: 'PARTY_UNITS' },
  // A recognition decision or certificate backs each of these claims.
  NTM_STANDARD_MET: { evidence: true },
  DRUG_FREE: { evidence: true },
  SECURITY_ASSURED: { evidence: true },
  HAS_INTERLEVEL_BOARDING_SCHOOL: { evidence: true },
  HOSPITAL_IN_OPERATION: { evidence: true },
  PAR_INDEX_RANK: { evidence: true },
  DTI_RANK: { evidence: true },
  CB_HPI_SCORE: { min: 0, max: 100 },
};
