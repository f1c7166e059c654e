import 'server-only';
/**
 * What every detail page does with its address: the id segment, and the read of its record, whose
 * refusals become the 404 page instead of an error.
 */
import { notFound } from 'next/navigation';
import { isDomainError } from '@/lib/errors';

/** A route's id segment, or the 404 page. */
export function segmentId(raw: string): number {
  if (!/^\d{1,9}$/.test(raw)) notFound();
  return Number(raw);
}

/**
 * A read that may not find its record: the 404 page. With `hide: 'any'`, every other refusal of the
 * read (a record of another province or unit) is the 404 page too, so the page never tells whether
 * the record exists.
 */
export async function orNotFound<T>(read: Promise<T>, hide: 'notFound' | 'any' = 'notFound'): Promise<T> {
  try {
    return await read;
  } catch (error) {
    if (isDomainError(error) && (hide === 'any' || error.code === 'NOT_FOUND')) notFound();
    throw error;
  }
}
