'use client';

import { useTranslations } from 'next-intl';
import { ActionForm, SelectField, SubmitButton, TextField } from '@/components/ui/form';
import { saveContestAreaAction, saveFocusItemAction, saveMilestoneAction } from '@/lib/catalogue/admin-actions';

type Part = { id: number; fingerprint: string };

function Identity({ campaignId, part }: { campaignId: number; part?: Part }) {
  return (
    <>
      <input type="hidden" name="campaignId" value={campaignId} />
      {part && (
        <>
          <input type="hidden" name="id" value={part.id} />
          <input type="hidden" name="fingerprint" value={part.fingerprint} />
        </>
      )}
    </>
  );
}

export type MilestoneValues = Part & { code: string; kind: string; name: string; year: number; anchorDate: string; note: string };

/** A milestone (mid-term review, final review…) with its anchor day; no `milestone` adds one. */
export function MilestoneForm({ campaignId, milestone }: { campaignId: number; milestone?: MilestoneValues }) {
  const t = useTranslations('catalogue');
  const kinds = (['MIDTERM_REVIEW', 'FINAL_REVIEW', 'OTHER'] as const).map((k) => ({ value: k, label: t(`milestoneKinds.${k}`) }));
  return (
    <ActionForm action={saveMilestoneAction}>
      {(state) => (
        <>
          <Identity campaignId={campaignId} part={milestone} />
          <div className="grid gap-3 sm:grid-cols-3">
            <TextField name="code" label={t('fields.code')} state={state} required defaultValue={milestone?.code} />
            <SelectField name="kind" label={t('fields.kind')} state={state} required options={kinds} defaultValue={milestone?.kind ?? 'OTHER'} />
            <TextField name="year" label={t('fields.year')} inputMode="numeric" state={state} required defaultValue={milestone?.year} />
          </div>
          <TextField name="name" label={t('fields.name')} state={state} required defaultValue={milestone?.name} />
          <div className="grid gap-3 sm:grid-cols-3">
            <TextField name="anchorDate" label={t('fields.anchorDate')} placeholder="dd/mm/yyyy" state={state} defaultValue={milestone?.anchorDate} />
            <div className="sm:col-span-2">
              <TextField name="note" label={t('fields.note')} state={state} defaultValue={milestone?.note} />
            </div>
          </div>
          <SubmitButton pending={t('saving')} variant={milestone ? 'primary' : 'secondary'}>
            {milestone ? t('save') : t('sections.addMilestone')}
          </SubmitButton>
        </>
      )}
    </ActionForm>
  );
}

export type ContestAreaValues = Part & { code: string; name: string; nameEn: string; sortOrder: number };

export function ContestAreaForm({ campaignId, area, nextOrder }: { campaignId: number; area?: ContestAreaValues; nextOrder?: number }) {
  const t = useTranslations('catalogue');
  return (
    <ActionForm action={saveContestAreaAction}>
      {(state) => (
        <>
          <Identity campaignId={campaignId} part={area} />
          <div className="grid gap-3 sm:grid-cols-4">
            <TextField name="code" label={t('fields.code')} state={state} required defaultValue={area?.code} />
            <TextField name="sortOrder" label={t('fields.sortOrder')} inputMode="numeric" state={state} required defaultValue={area?.sortOrder ?? nextOrder} />
          </div>
          <TextField name="name" label={t('fields.name')} state={state} required defaultValue={area?.name} />
          <TextField name="nameEn" label={t('fields.nameEn')} state={state} defaultValue={area?.nameEn} />
          <SubmitButton pending={t('saving')} variant={area ? 'primary' : 'secondary'}>
            {area ? t('save') : t('sections.addArea')}
          </SubmitButton>
        </>
      )}
    </ActionForm>
  );
}

export type FocusItemValues = Part & { kind: string; number: number; name: string; nameEn: string };

/** A pillar (trụ cột), key programme (chương trình trọng tâm) or breakthrough (đột phá). */
export function FocusItemForm({ campaignId, item }: { campaignId: number; item?: FocusItemValues }) {
  const t = useTranslations('catalogue');
  const kinds = (['PILLAR', 'KEY_PROGRAMME', 'BREAKTHROUGH'] as const).map((k) => ({ value: k, label: t(`focusKinds.${k}`) }));
  return (
    <ActionForm action={saveFocusItemAction}>
      {(state) => (
        <>
          <Identity campaignId={campaignId} part={item} />
          <div className="grid gap-3 sm:grid-cols-4">
            <SelectField name="kind" label={t('fields.kind')} state={state} required options={kinds} defaultValue={item?.kind ?? 'PILLAR'} />
            <TextField name="number" label={t('fields.number')} inputMode="numeric" state={state} required defaultValue={item?.number} />
          </div>
          <TextField name="name" label={t('fields.name')} state={state} required defaultValue={item?.name} />
          <TextField name="nameEn" label={t('fields.nameEn')} state={state} defaultValue={item?.nameEn} />
          <SubmitButton pending={t('saving')} variant={item ? 'primary' : 'secondary'}>
            {item ? t('save') : t('sections.addFocus')}
          </SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
