/**
 * When a unit may file its emulation registration (đăng ký thi đua) for a year: from 1 October of
 * the year before until 31 March of the year. The two days live here, in one place, until they
 * become settings (proposed keys: registration.opensMonthDay "10-01", registration.closesMonthDay
 * "03-31"). Pure functions over calendar days ('YYYY-MM-DD').
 */
import type { Day } from '@/lib/clock';

/** Month and day the filing opens, in the year before the registration year. */
export const REGISTRATION_OPENS = { month: 10, day: 1 } as const;
/** Month and day the filing closes (inclusive), in the registration year. */
export const REGISTRATION_CLOSES = { month: 3, day: 31 } as const;

export type RegistrationWindow = 'NOT_OPEN' | 'OPEN' | 'CLOSED';

const pad = (n: number) => String(n).padStart(2, '0');

export function registrationDates(year: number): { opens: Day; closes: Day } {
  return {
    opens: `${year - 1}-${pad(REGISTRATION_OPENS.month)}-${pad(REGISTRATION_OPENS.day)}`,
    closes: `${year}-${pad(REGISTRATION_CLOSES.month)}-${pad(REGISTRATION_CLOSES.day)}`,
  };
}

export function registrationWindow(year: number, today: Day): RegistrationWindow {
  const { opens, closes } = registrationDates(year);
  if (today < opens) return 'NOT_OPEN';
  return today > closes ? 'CLOSED' : 'OPEN';
}
