/**
 * Reading a page's search parameters: one value per name, whole positive ids, known enum values;
 * anything else counts as absent, so a hand-edited address never breaks a page.
 */
export type SearchParams = Record<string, string | string[] | undefined>;

export function textParam(params: SearchParams, name: string): string | undefined {
  const value = params[name];
  const text = (Array.isArray(value) ? value[0] : value)?.trim();
  return text ? text.slice(0, 200) : undefined;
}

export function idParam(params: SearchParams, name: string): number | undefined {
  const text = textParam(params, name);
  return text && /^\d{1,9}$/.test(text) && Number(text) > 0 ? Number(text) : undefined;
}

export function enumParam<T extends string>(params: SearchParams, name: string, values: readonly T[]): T | undefined {
  const text = textParam(params, name);
  return values.find((v) => v === text);
}

export function pageParam(params: SearchParams): number {
  return idParam(params, 'page') ?? 1;
}

/** The same address with some parameters changed (undefined removes one), for filter and page links. */
export function hrefWith(path: string, params: SearchParams, changes: Record<string, string | number | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined && first !== '' && !(key in changes)) query.set(key, first);
  }
  for (const [key, value] of Object.entries(changes)) if (value !== undefined && value !== '') query.set(key, String(value));
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}
