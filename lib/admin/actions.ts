'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { formAction } from '@/lib/actions/form-action';
import { requestAddress } from '@/lib/auth/session';
import { type IssuedPassword, provinceCreateSchema, provinceEditSchema, unitCreateSchema, unitEditSchema, userCreateSchema, userEditSchema, userTargetSchema, userActiveSchema, personCreateSchema, personEditSchema } from './schema';
import { createProvince, updateProvince } from './provinces';
import { createUnit, updateUnit } from './units';
import { createUser, resetUserPassword, setUserActive, updateUser } from './users';
import { createPerson, updatePerson } from './persons';

export const createProvinceAction = formAction({
  permission: 'admin:manage',
  schema: provinceCreateSchema,
  async run(input, { actor, t }) {
    const { province, admin } = await createProvince(actor, input, await requestAddress());
    revalidatePath('/admin/provinces');
    return { message: t('admin.provinceCreated', { name: province.name }), data: admin ? { provinceId: province.id, ...admin } : { provinceId: province.id } };
  },
});

export const updateProvinceAction = formAction({
  permission: 'admin:manage',
  schema: provinceEditSchema,
  async run(input, { actor, t }) {
    await updateProvince(actor, input, await requestAddress());
    revalidatePath('/admin/provinces', 'layout');
    return { message: t('admin.updated') };
  },
});

export const createUnitAction = formAction({
  permission: 'admin:manage',
  schema: unitCreateSchema,
  async run(input, { actor }) {
    const unit = await createUnit(actor, input, await requestAddress());
    revalidatePath('/admin/units');
    redirect(`/admin/units/${unit.id}?created=1`);
  },
});

export const updateUnitAction = formAction({
  permission: 'admin:manage',
  schema: unitEditSchema,
  async run(input, { actor, t }) {
    await updateUnit(actor, input, await requestAddress());
    revalidatePath('/admin/units', 'layout');
    return { message: t('admin.updated') };
  },
});

export const createUserAction = formAction({
  permission: 'admin:manage',
  schema: userCreateSchema,
  async run(input, { actor, t }) {
    const { user, password } = await createUser(actor, input, await requestAddress());
    revalidatePath('/admin/users');
    const issued: IssuedPassword = { userId: user.id, username: user.username, password };
    return { message: t('admin.userCreated', { username: user.username }), data: issued };
  },
});

export const updateUserAction = formAction({
  permission: 'admin:manage',
  schema: userEditSchema,
  async run(input, { actor, t }) {
    await updateUser(actor, input, await requestAddress());
    revalidatePath('/admin/users', 'layout');
    return { message: t('admin.updated') };
  },
});

/** Deactivate or reactivate: one action, so the form keeps its message when the page turns the button round. */
export const setUserActiveAction = formAction({
  permission: 'admin:manage',
  schema: userActiveSchema,
  async run(input, { actor, t }) {
    await setUserActive(actor, input, input.active, await requestAddress());
    revalidatePath('/admin/users', 'layout');
    return { message: input.active ? t('admin.activated') : t('admin.deactivated') };
  },
});

export const resetPasswordAction = formAction({
  permission: 'admin:manage',
  schema: userTargetSchema,
  async run(input, { actor, t }) {
    const { user, password } = await resetUserPassword(actor, input, await requestAddress());
    revalidatePath('/admin/users', 'layout');
    const issued: IssuedPassword = { userId: user.id, username: user.username, password };
    return { message: t('admin.passwordReset', { username: user.username }), data: issued };
  },
});

export const createPersonAction = formAction({
  permission: 'admin:manage',
  schema: personCreateSchema,
  async run(input, { actor }) {
    const person = await createPerson(actor, input, await requestAddress());
    revalidatePath('/admin/persons');
    redirect(`/admin/persons/${person.id}?created=1`);
  },
});

export const updatePersonAction = formAction({
  permission: 'admin:manage',
  schema: personEditSchema,
  async run(input, { actor, t }) {
    await updatePerson(actor, input, await requestAddress());
    revalidatePath('/admin/persons', 'layout');
    return { message: t('admin.updated') };
  },
});
