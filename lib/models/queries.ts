import 'server-only';
/**
 * Reading exemplary models, scoped to the caller: a unit sees its own at every stage; Home Affairs,
 * the council and leaders see every model once submitted (never another unit's drafts); anyone
 * signed in sees the published ones, as the public does.
 */
import { db } from '@/lib/db';
import { DomainError } from '@/lib/errors';
import { isAllowed } from '@/lib/auth/permissions';
import type { Actor } from '@/lib/auth/session';
import type { ModelStatus } from '@/lib/generated/prisma/enums';
import type { Prisma } from '@/lib/generated/prisma/client';
import { canMoveModel, isModelEditable, type ModelTransition } from './rules';

export const MODEL_STATUSES: readonly ModelStatus[] = ['DRAFT', 'SUBMITTED', 'RETURNED', 'PUBLISHED', 'ARCHIVED'];

/** The models the caller may read, as a where clause. */
function readable(actor: Actor): Prisma.ExemplaryModelWhereInput {
  const or: Prisma.ExemplaryModelWhereInput[] = [{ status: 'PUBLISHED' }];
  if (isAllowed(actor, 'model:submit')) or.push({ unitId: { in: actor.ownUnitIds } });
  if (isAllowed(actor, 'model:curate') || isAllowed(actor, 'model:read')) or.push({ status: { not: 'DRAFT' } });
  return { provinceId: actor.provinceId, OR: or };
}

export async function listModels(actor: Actor, filters: { status?: ModelStatus; mine?: boolean } = {}) {
  const where: Prisma.ExemplaryModelWhereInput = {
    AND: [readable(actor), filters.status ? { status: filters.status } : {}, filters.mine ? { unitId: { in: actor.ownUnitIds } } : {}],
  };
  const rows = await db.exemplaryModel.findMany({
    where,
    orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
    take: 200,
    select: {
      id: true,
      title: true,
      summary: true,
      status: true,
      publishedAt: true,
      updatedAt: true,
      unit: { select: { id: true, name: true } },
      _count: { select: { photos: true } },
    },
  });
  return rows;
}

export type ModelListRow = Awaited<ReturnType<typeof listModels>>[number];

/** One model with its photos and what the caller may do with it. */
export async function getModel(actor: Actor, id: number) {
  const model = await db.exemplaryModel.findFirst({
    where: { AND: [{ id }, readable(actor)] },
    include: {
      unit: { select: { id: true, name: true } },
      photos: { orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }], select: { id: true, fileId: true, caption: true } },
    },
  });
  if (!model) throw new DomainError('NOT_FOUND');
  const target = { unitId: model.unitId, provinceId: model.provinceId };
  const owner = isAllowed(actor, 'model:submit', target);
  const curator = isAllowed(actor, 'model:curate', target);
  const may = (t: ModelTransition) => canMoveModel(t, model.status) && (t === 'submit' ? owner : curator);
  return {
    model,
    can: {
      edit: owner && isModelEditable(model.status),
      submit: may('submit'),
      return: may('return'),
      publish: may('publish'),
      archive: may('archive'),
    },
  };
}

export type ModelView = Awaited<ReturnType<typeof getModel>>;
