/**
 * Plausible figures for the demo history and the benchmark generator: every unit gets a stable
 * profile (size, poverty, pace) from its id, and each element follows a trend over the years so the
 * dashboards show believable trajectories. Not real data.
 */

/** A small deterministic PRNG (mulberry32), so a seed run gives the same history every time. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function hashSeed(...parts: Array<string | number>): number {
  let h = 2166136261;
  for (const ch of parts.join('|')) {
    h ^= ch.charCodeAt(0);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

type Profile = { size: number; poverty: number; pace: number; digital: number; quality: number };

function profileOf(unitId: number): Profile {
  const r = random(hashSeed('profile', unitId));
  return {
    size: 0.6 + r() * 1.2,
    poverty: 0.12 + r() * 0.38,
    pace: 0.6 + r() * 0.9,
    digital: 0.35 + r() * 0.4,
    quality: r(),
  };
}

/** Years since 2025 with the quarter's share of the year (2026 Q2 = 1.5). */
function progress(year: number, quarter: number | null): number {
  return year - 2025 + (quarter === null ? 0 : (quarter - 4) / 4);
}

const round = (v: number, digits = 0) => Math.round(v * 10 ** digits) / 10 ** digits;

/**
 * The value a unit reports for an element in a period (quarter 1-4, or null for the year).
 * `values` holds what the unit already reported in this period, so parts stay below totals.
 */
export function demoValue(code: string, unitId: number, year: number, quarter: number | null, values: Map<string, number>): number {
  const p = profileOf(unitId);
  const t = progress(year, quarter);
  const noise = random(hashSeed(code, unitId, year, quarter ?? 0))();
  const wiggle = (spread: number) => 1 + (noise - 0.5) * spread;
  const quarterShare = quarter === null ? 1 : 0.25;
  const ytdShare = quarter === null ? 1 : quarter / 4;
  const households = Math.round(1600 * p.size * (1 + 0.01 * t));
  switch (code) {
    case 'HOUSEHOLDS':
      return households;
    case 'POOR_HOUSEHOLDS': {
      const rate = Math.max(0.01, p.poverty - 0.032 * p.pace * t);
      return Math.min(values.get('HOUSEHOLDS') ?? households, Math.round(households * rate * wiggle(0.06)));
    }
    case 'NTM_STANDARD_MET':
      return p.quality + 0.09 * t > 0.95 ? 1 : 0;
    case 'DRUG_FREE':
      return p.quality + 0.08 * t > 0.75 ? 1 : 0;
    case 'SECURITY_ASSURED':
      return p.quality + 0.1 * t + noise * 0.1 > 0.6 ? 1 : 0;
    case 'SATELLITE_SCHOOL_SITES':
      return Math.max(0, Math.round(6 * p.size * (1 - 0.09 * p.pace * t)));
    case 'HAS_BOARDING_SCHOOL':
      return p.quality + 0.12 * t > 0.45 ? 1 : 0;
    case 'HAS_INTERLEVEL_BOARDING_SCHOOL':
      return p.quality + 0.2 * t > 0.7 ? 1 : 0;
    case 'CB_HPI_SCORE':
      return round(Math.min(100, 74 + 16 * p.quality + 2.4 * t * p.pace + (noise - 0.5) * 3), 1);
    case 'DOSSIERS_TOTAL':
      return Math.round(900 * p.size * quarterShare * wiggle(0.2));
    case 'DOSSIERS_ONLINE': {
      const total = values.get('DOSSIERS_TOTAL') ?? Math.round(900 * p.size * quarterShare);
      return Math.min(total, Math.round(total * Math.min(0.99, p.digital + 0.08 * t)));
    }
    case 'SECTOR_DBS':
      return Math.max(1, Math.round(4 * p.size));
    case 'SECTOR_DBS_LINKED': {
      const total = values.get('SECTOR_DBS') ?? Math.max(1, Math.round(4 * p.size));
      return Math.min(total, Math.round(total * Math.min(1, 0.4 + 0.15 * t * p.pace)));
    }
    case 'GRDP_GROWTH_PCT':
      return round(8.4 + 1.6 * noise, 2);
    case 'GRDP_CURRENT_BN_VND':
      return round(38000 * Math.pow(1.13, year - 2025) * wiggle(0.02));
    case 'POPULATION_AVG':
      return Math.round(555000 * (1 + 0.009 * (year - 2025)));
    case 'GRDP_SERVICES_PCT':
      return round(52 + 1.1 * (year - 2025), 2);
    case 'GRDP_INDUSTRY_CONSTRUCTION_PCT':
      return round(20 + 0.9 * (year - 2025), 2);
    case 'GRDP_AGRI_PCT':
      return round(22 - 1.5 * (year - 2025), 2);
    case 'BUDGET_REVENUE_BN_VND':
      return round(2800 * Math.pow(1.11, year - 2025) * ytdShare * wiggle(0.04));
    case 'INVESTMENT_BN_VND':
      return round(9000 * Math.pow(1.1, year - 2025) * ytdShare * wiggle(0.05));
    case 'DIGITAL_ECONOMY_PCT':
      return round(9 + 2.2 * (year - 2025), 2);
    case 'CORE_DIGITAL_ECONOMY_PCT':
      return round(3 + 0.9 * (year - 2025), 2);
    case 'HOSPITAL_PROGRESS_PCT':
      return Math.min(100, Math.max(0, Math.round(18 * t)));
    case 'HOSPITAL_IN_OPERATION':
      return t >= 4.5 ? 1 : 0;
    case 'OUT_OF_PROVINCE_MEDICAL_COST_BN_VND':
      return round(420 * (1 - 0.07 * (year - 2025)) * quarterShare * wiggle(0.08));
    case 'PAR_INDEX_RANK':
      return Math.max(1, Math.round(31 - 1.6 * (year - 2025) + (noise - 0.5) * 3));
    case 'DTI_RANK':
      return Math.max(1, Math.round(29 - 1.4 * (year - 2025) + (noise - 0.5) * 3));
    case 'TRAFFIC_ACCIDENTS':
      return Math.round(120 * Math.pow(0.94, year - 2025) * quarterShare * wiggle(0.1));
    case 'TRAFFIC_DEATHS':
      return Math.round(70 * Math.pow(0.95, year - 2025) * quarterShare * wiggle(0.1));
    case 'TRAFFIC_INJURIES':
      return Math.round(95 * Math.pow(0.93, year - 2025) * quarterShare * wiggle(0.1));
    case 'SOCIAL_ORDER_CRIMES':
      return Math.round(310 * Math.pow(0.95, year - 2025) * quarterShare * wiggle(0.08));
    case 'PARTY_UNITS':
      return 620;
    case 'PARTY_UNITS_GOOD':
      return Math.min(values.get('PARTY_UNITS') ?? 620, Math.round(620 * (0.78 + 0.02 * (year - 2025) + noise * 0.03)));
    case 'NEW_PARTY_MEMBERS':
      return Math.round(1540 * ytdShare * wiggle(0.06));
    default:
      return Math.round(100 * wiggle(0.2));
  }
}
