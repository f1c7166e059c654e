import 'server-only';
import { requirePagePermission } from '@/lib/auth/session';
import { pageProvince } from '@/lib/admin/queries';
import { idParam, type SearchParams } from '@/lib/admin/params';

/** Every administration page starts here: an administrator (others land on /forbidden) and the province shown. */
export async function adminPageContext(searchParams: Promise<SearchParams>) {
  const actor = await requirePagePermission('admin:manage');
  const params = await searchParams;
  const { province, provinces } = await pageProvince(actor, idParam(params, 'province') ?? null);
  return { actor, params, province, provinces };
}
