'use client';

import { useTranslations } from 'next-intl';
import { ActionForm, CheckboxField, SelectField, SubmitButton, TextField } from '@/components/ui/form';
import type { ActionState } from '@/lib/actions/form-action';
import type { UnitOption } from '@/lib/admin/queries';

type FormAction = (state: ActionState, formData: FormData) => Promise<ActionState>;

export type PersonFormValues = {
  id?: number;
  updatedAt?: string;
  unitId: number | null;
  fullName: string;
  position: string | null;
  isLeader: boolean;
  birthYear: number | null;
  active: boolean;
};

export function PersonForm({ action, person, units }: { action: FormAction; person: PersonFormValues; units: UnitOption[] }) {
  const t = useTranslations();
  const editing = person.id !== undefined;
  return (
    <ActionForm action={action} className="max-w-xl">
      {(state) => (
        <>
          {editing && (
            <>
              <input type="hidden" name="id" value={person.id} />
              <input type="hidden" name="updatedAt" value={person.updatedAt} />
            </>
          )}
          <SelectField
            name="unitId"
            label={t('admin.filterUnit')}
            state={state}
            required
            defaultValue={person.unitId === null ? '' : String(person.unitId)}
            placeholder={t('admin.noUnit')}
            options={units.filter((u) => u.active || u.id === person.unitId).map((u) => ({ value: String(u.id), label: u.name }))}
          />
          <TextField name="fullName" label={t('admin.fullName')} state={state} defaultValue={person.fullName} required maxLength={200} />
          <TextField name="position" label={t('admin.position')} state={state} defaultValue={person.position ?? ''} maxLength={200} />
          <TextField name="birthYear" label={t('admin.birthYear')} state={state} defaultValue={person.birthYear === null ? '' : String(person.birthYear)} inputMode="numeric" maxLength={4} />
          <CheckboxField name="isLeader" label={t('admin.isLeader')} state={state} defaultChecked={person.isLeader} />
          <CheckboxField name="active" label={t('admin.active')} state={state} defaultChecked={person.active} />
          <SubmitButton pending={t('common.saving')}>{editing ? t('common.save') : t('admin.newPerson')}</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
