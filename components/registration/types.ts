/** The registration form's data as the page hands it to the browser (plain, serialisable). */
export type TargetKind = 'VALUE' | 'RANGE' | 'YES_NO';

export type FormTarget = { value: string; min: string; max: string; note: string };

export type FormIndicatorRow = {
  id: number;
  code: string;
  name: string;
  unitLabel: string;
  contestArea: string;
  kind: TargetKind;
  /** the province target in words ("> 90 %"), formatted by the page */
  provinceTarget: string;
  target: FormTarget;
};

export type FormPerson = { id: number; fullName: string; position: string | null };
export type FormIndividual = { personId: number; fullName: string; position: string; titleCode: string };
export type FormOption = { value: string; label: string };
export type FormComment = { id: number; indicatorCode: string | null; text: string };
