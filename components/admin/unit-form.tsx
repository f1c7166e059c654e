'use client';

import { useTranslations } from 'next-intl';
import { ActionForm, CheckboxField, SelectField, SubmitButton, TextArea, TextField } from '@/components/ui/form';
import type { ActionState } from '@/lib/actions/form-action';
import type { GroupOption, UnitOption } from '@/lib/admin/queries';
import { UNIT_KINDS } from '@/lib/admin/schema';

type FormAction = (state: ActionState, formData: FormData) => Promise<ActionState>;

export type UnitFormValues = {
  id?: number;
  updatedAt?: string;
  provinceId: number;
  name: string;
  shortName: string | null;
  nameEn: string | null;
  kind: string;
  parentId: number | null;
  adminCode: string | null;
  border: boolean | null;
  borderSource: string | null;
  groupId: number | null;
  note: string | null;
  active: boolean;
};

const triStateValue = (v: boolean | null) => (v === null ? '' : String(v));

/** Create or edit a unit; on an edit, the hidden updatedAt makes a stale form fail instead of overwriting. */
export function UnitForm({ action, unit, parents, groups }: { action: FormAction; unit: UnitFormValues; parents: UnitOption[]; groups: GroupOption[] }) {
  const t = useTranslations();
  const editing = unit.id !== undefined;
  return (
    <ActionForm action={action} className="max-w-2xl">
      {(state) => (
        <>
          {editing ? (
            <>
              <input type="hidden" name="id" value={unit.id} />
              <input type="hidden" name="updatedAt" value={unit.updatedAt} />
            </>
          ) : (
            <input type="hidden" name="provinceId" value={unit.provinceId} />
          )}
          <TextField name="name" label={t('admin.unitName')} state={state} defaultValue={unit.name} required maxLength={200} />
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField name="shortName" label={t('admin.shortName')} state={state} defaultValue={unit.shortName ?? ''} maxLength={100} />
            <TextField name="nameEn" label={t('admin.nameEn')} state={state} defaultValue={unit.nameEn ?? ''} maxLength={200} />
          </div>
          <div className="grid gap-4 sm:grid-cols-2">
            <SelectField
              name="kind"
              label={t('admin.kind')}
              state={state}
              defaultValue={unit.kind}
              required
              options={UNIT_KINDS.map((k) => ({ value: k, label: t(`unitKinds.${k}`) }))}
            />
            <TextField name="adminCode" label={t('admin.adminCode')} state={state} defaultValue={unit.adminCode ?? ''} maxLength={20} />
          </div>
          <SelectField
            name="parentId"
            label={t('admin.parent')}
            state={state}
            defaultValue={unit.parentId === null ? '' : String(unit.parentId)}
            placeholder={t('admin.noParent')}
            options={parents.filter((p) => p.id !== unit.id).map((p) => ({ value: String(p.id), label: p.active ? p.name : `${p.name} (${t('common.inactive')})` }))}
          />
          <SelectField
            name="groupId"
            label={t('admin.group')}
            state={state}
            hint={t('admin.groupHint')}
            defaultValue={unit.groupId === null ? '' : String(unit.groupId)}
            placeholder={t('admin.noGroup')}
            options={groups.map((g) => ({ value: String(g.id), label: `${g.name} — ${t(`groupKinds.${g.kind}`)}` }))}
          />
          <div className="grid gap-4 sm:grid-cols-2">
            <SelectField
              name="border"
              label={t('admin.borderFlag')}
              state={state}
              hint={t('admin.borderHint')}
              defaultValue={triStateValue(unit.border)}
              options={[
                { value: '', label: t('border.null') },
                { value: 'true', label: t('border.true') },
                { value: 'false', label: t('border.false') },
              ]}
            />
            <TextField name="borderSource" label={t('admin.borderSource')} state={state} defaultValue={unit.borderSource ?? ''} maxLength={500} />
          </div>
          <TextArea name="note" label={t('admin.note')} state={state} defaultValue={unit.note ?? ''} maxLength={2000} rows={3} />
          <CheckboxField name="active" label={t('admin.active')} state={state} defaultChecked={unit.active} />
          <SubmitButton pending={t('common.saving')}>{editing ? t('common.save') : t('admin.newUnit')}</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
