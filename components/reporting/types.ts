import type { ValueType } from '@/lib/reporting/values';

/** The report form's data as the page hands it to the browser (plain, serialisable). */
export type FormElement = {
  id: number;
  code: string;
  name: string;
  unitLabel: string;
  valueType: ValueType;
  minValue: string | null;
  maxValue: string | null;
  totalElementId: number | null;
  evidenceRequired: boolean;
  outlierThresholdPct: string | null;
  raw: string;
  note: string;
  previous: { value: number; period: { type: 'QUARTER' | 'HALF_YEAR' | 'YEAR'; year: number; number: number } } | null;
};

export type FormIndicator = {
  id: number;
  code: string;
  name: string;
  unitLabel: string;
  formula: string;
  unitReading: 'FORMULA' | 'YES_NO' | 'NONE';
  elementCodes: string[];
};

export type FormEvidence = { id: number; fileId: number; name: string; size: number; elementCode: string | null };
export type FormComment = { id: number; elementCode: string | null; text: string };
