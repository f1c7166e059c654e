/**
 * Settings the administrator can change, with their defaults. The seed inserts a default only
 * where the setting is missing, so an administrator's value is never overwritten.
 */
import { z } from 'zod';

export const SETTINGS = {
  /** day of the month after a period's end on which its report is due */
  'reporting.dueDay': { schema: z.number().int().min(1).max(28), default: 10 },
  /** days after the due day until the period closes */
  'reporting.expiryDays': { schema: z.number().int().min(1).max(365), default: 60 },
  /** change against the last accepted comparable value beyond which a value is an outlier that needs a note */
  'reporting.outlierThresholdPct': { schema: z.number().min(1).max(1000), default: 50 },
  /** days before the due day when the "due soon" reminder goes out */
  'reporting.reminderDays': { schema: z.number().int().min(1).max(30), default: 3 },
  'files.maxUploadMb': { schema: z.number().min(1).max(50), default: 10 },
  /** working days a proposal that needs it stays on the public page before the council meets */
  'commendation.disclosureWorkingDays': { schema: z.number().int().min(1).max(60), default: 10 },
  /** share (%) of ALL council members whose YES approves a proposal (secret ballot) */
  'council.approvalThresholdPct': { schema: z.number().min(50).max(100), default: 90 },
  /** comments one address may post on the public page per hour */
  'public.commentsPerHour': { schema: z.number().int().min(1).max(100), default: 5 },
  /** hours a sign-in lasts */
  'auth.sessionHours': { schema: z.number().int().min(1).max(72), default: 8 },
} as const;

export type SettingKey = keyof typeof SETTINGS;
export type SettingValue<K extends SettingKey> = z.infer<(typeof SETTINGS)[K]['schema']>;
