'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { formAction } from '@/lib/actions/form-action';
import { requestAddress } from '@/lib/auth/session';
import { modelCreateSchema, modelEditSchema, modelMoveSchema, photoAddSchema, photoRemoveSchema } from './schema';
import { addPhoto, createModel, moveModel, removePhoto, updateModel } from './service';

const refresh = (id?: number) => {
  revalidatePath('/models', 'layout');
  revalidatePath('/public/models', 'layout');
  if (id) revalidatePath(`/models/${id}`);
};

export const createModelAction = formAction({
  permission: 'model:submit',
  schema: modelCreateSchema,
  async run(input, { actor }) {
    const model = await createModel(actor, input, await requestAddress());
    refresh();
    redirect(`/models/${model.id}?created=1`);
  },
});

export const updateModelAction = formAction({
  permission: 'model:submit',
  schema: modelEditSchema,
  async run(input, { actor, t }) {
    await updateModel(actor, input, await requestAddress());
    refresh(input.id);
    return { message: t('models.saved') };
  },
});

export const addPhotoAction = formAction({
  permission: 'model:submit',
  schema: photoAddSchema,
  async run(input, { actor, t }) {
    await addPhoto(actor, input, await requestAddress());
    refresh(input.id);
    return { message: t('models.photoAdded') };
  },
});

export const removePhotoAction = formAction({
  permission: 'model:submit',
  schema: photoRemoveSchema,
  async run(input, { actor, t }) {
    await removePhoto(actor, input, await requestAddress());
    refresh(input.id);
    return { message: t('models.photoRemoved') };
  },
});

/** submit (the unit), return / publish / archive (Home Affairs): the service checks who may. */
export const moveModelAction = formAction({
  permission: null,
  schema: modelMoveSchema,
  async run(input, { actor }) {
    const { status } = await moveModel(actor, input, await requestAddress());
    refresh(input.id);
    // The buttons go with the status: the page says what happened instead of the form.
    redirect(`/models/${input.id}?moved=${status}`);
  },
});
