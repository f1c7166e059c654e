'use client';

import { useTranslations } from 'next-intl';
import { saveScoresAction } from '@/lib/appraisal/actions';
import { ActionForm, SubmitButton, TextArea, TextField } from '@/components/ui/form';

export type ScoreField = { code: string; area: string; name: string; maxScore: number; value: string };

/** Home Affairs enters the group's scores of one member: blank keeps a criterion unscored. */
export function ScoreForm({ groupId, year, unitId, version, fields, note }: { groupId: number; year: number; unitId: number; version: number; fields: ScoreField[]; note: string }) {
  const t = useTranslations('appraisal');
  return (
    <ActionForm action={saveScoresAction}>
      {(state) => (
        <>
          <input type="hidden" name="groupId" value={groupId} />
          <input type="hidden" name="year" value={year} />
          <input type="hidden" name="unitId" value={unitId} />
          <input type="hidden" name="version" value={version} />
          {fields.map((f) => (
            <TextField
              key={f.code}
              name={`score.${f.code}`}
              label={t('scoreLabel', { area: f.area, name: f.name, max: f.maxScore })}
              hint={t('scoreHintField', { max: f.maxScore })}
              state={state}
              defaultValue={f.value}
              inputMode="decimal"
              autoComplete="off"
            />
          ))}
          <TextArea name="note" label={t('scoreNote')} state={state} defaultValue={note} rows={2} />
          <SubmitButton pending={t('saving')}>{t('saveScores')}</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
