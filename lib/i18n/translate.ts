import { getTranslations } from 'next-intl/server';

/**
 * A translator for keys built at run time (catalogue keys carried by errors, periods, audit actions).
 * Components with literal keys use next-intl's typed `t`, so a missing key fails the type check.
 */
export type AnyTranslate = {
  (key: string, values?: Record<string, string | number | Date>): string;
  has(key: string): boolean;
  raw(key: string): unknown;
};

export async function getAnyTranslations(): Promise<AnyTranslate> {
  return (await getTranslations()) as unknown as AnyTranslate;
}

export function asAny(t: unknown): AnyTranslate {
  return t as AnyTranslate;
}
