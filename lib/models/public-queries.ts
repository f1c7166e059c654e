import 'server-only';
/**
 * What the public reads of exemplary models, without signing in: published models only, and of
 * them only what is meant for readers (title, texts, the unit, photos with captions, the day).
 */
import { db } from '@/lib/db';

const PAGE_SIZE = 24;

async function provinceOf(code?: string) {
  const provinces = await db.province.findMany({ orderBy: { code: 'asc' }, select: { id: true, code: true, name: true } });
  return provinces.find((p) => p.code === code) ?? provinces[0] ?? null;
}

/** The province's published models, newest first. */
export async function listPublishedModels(provinceCode?: string, page = 1) {
  const province = await provinceOf(provinceCode);
  if (!province) return null;
  const where = { provinceId: province.id, status: 'PUBLISHED' as const };
  const [total, models] = await Promise.all([
    db.exemplaryModel.count({ where }),
    db.exemplaryModel.findMany({
      where,
      orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
      skip: (Math.max(1, page) - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true,
        title: true,
        summary: true,
        publishedAt: true,
        unit: { select: { name: true } },
        photos: { orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }], take: 1, select: { fileId: true, caption: true } },
      },
    }),
  ]);
  return { province, total, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)), models };
}

/** One published model, or null (a model that is not published does not exist for the public). */
export async function getPublishedModel(id: number) {
  return db.exemplaryModel.findFirst({
    where: { id, status: 'PUBLISHED' },
    select: {
      id: true,
      title: true,
      summary: true,
      body: true,
      publishedAt: true,
      unit: { select: { name: true } },
      photos: { orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }], select: { id: true, fileId: true, caption: true } },
    },
  });
}
