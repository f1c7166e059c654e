'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { ActionForm, CheckboxField, SelectField, SubmitButton, TextField } from '@/components/ui/form';
import type { ActionState } from '@/lib/actions/form-action';
import type { UnitOption } from '@/lib/admin/queries';
import type { PersonOption } from '@/lib/admin/people-queries';
import { ROLE_VALUES } from '@/lib/admin/schema';
import { IssuedPasswordBox, isIssuedPassword } from './issued-password';

type FormAction = (state: ActionState, formData: FormData) => Promise<ActionState>;

export type UserFormValues = {
  id?: number;
  updatedAt?: string;
  provinceId: number;
  username: string;
  displayName: string;
  role: string;
  unitId: number | null;
  personId: number | null;
  email: string | null;
};

type Options = { units: UnitOption[]; persons: PersonOption[] };

/**
 * Create or edit an account. The person list follows the chosen unit (persons of that unit without
 * an account); "new" creates the person together with the account.
 */
export function UserForm({ action, user, units, persons }: { action: FormAction; user: UserFormValues } & Options) {
  const t = useTranslations();
  const editing = user.id !== undefined;
  return (
    <ActionForm action={action} className="max-w-2xl">
      {(state) => (
        <>
          {state.ok && isIssuedPassword(state.data) && <IssuedPasswordBox issued={state.data} showLink />}
          {editing ? (
            <>
              <input type="hidden" name="id" value={user.id} />
              <input type="hidden" name="updatedAt" value={user.updatedAt} />
            </>
          ) : (
            <input type="hidden" name="provinceId" value={user.provinceId} />
          )}
          <UserFields key={`${state.ok}-${JSON.stringify(state.values ?? {})}`} state={state} user={user} units={units} persons={persons} editing={editing} />
          <SubmitButton pending={t('common.saving')}>{editing ? t('common.save') : t('admin.newUser')}</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}

function UserFields({ state, user, units, persons, editing }: { state: ActionState; user: UserFormValues; editing: boolean } & Options) {
  const t = useTranslations();
  const [unitId, setUnitId] = useState(state.values?.unitId ?? (user.unitId === null ? '' : String(user.unitId)));
  const [person, setPerson] = useState(state.values?.person ?? (user.personId === null ? '' : String(user.personId)));
  const ofUnit = persons.filter((p) => String(p.unitId) === unitId || p.id === user.personId);
  const onChange = (event: React.ChangeEvent<HTMLDivElement>) => {
    const target = event.target as unknown as HTMLSelectElement;
    if (target.name === 'unitId') setUnitId(target.value);
    if (target.name === 'person') setPerson(target.value);
  };
  return (
    <div className="space-y-4" onChange={onChange}>
      {editing ? (
        <p className="text-sm">
          {t('admin.username')}: <strong>{user.username}</strong>
        </p>
      ) : (
        <TextField name="username" label={t('admin.username')} state={state} defaultValue={user.username} required autoComplete="off" maxLength={50} hint={t('validation.username')} />
      )}
      <TextField name="displayName" label={t('admin.displayName')} state={state} defaultValue={user.displayName} required maxLength={200} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField name="role" label={t('admin.role')} state={state} defaultValue={user.role} required options={ROLE_VALUES.map((r) => ({ value: r, label: t(`roles.${r}`) }))} />
        <SelectField
          name="unitId"
          label={t('admin.filterUnit')}
          state={state}
          defaultValue={unitId}
          placeholder={t('admin.noUnit')}
          options={units.filter((u) => u.active || String(u.id) === unitId).map((u) => ({ value: String(u.id), label: u.name }))}
        />
      </div>
      <SelectField
        name="person"
        label={t('admin.person')}
        state={state}
        hint={t('admin.personHint')}
        defaultValue={person}
        placeholder={t('admin.noPerson')}
        options={[{ value: 'new', label: t('admin.personNew') }, ...ofUnit.map((p) => ({ value: String(p.id), label: p.position ? `${p.fullName} — ${p.position}` : p.fullName }))]}
      />
      {person === 'new' && (
        <div className="grid gap-4 rounded-md border border-slate-200 p-3 sm:grid-cols-2">
          <TextField name="position" label={t('admin.newPersonPosition')} state={state} maxLength={200} />
          <CheckboxField name="isLeader" label={t('admin.isLeader')} state={state} />
        </div>
      )}
      <TextField name="email" type="email" label={t('admin.email')} state={state} defaultValue={user.email ?? ''} maxLength={200} autoComplete="off" />
    </div>
  );
}
