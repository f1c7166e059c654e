/** The year a ranking page shows: the one asked for when the campaign has it, else this year, else the campaign's first. */
export function pickYear(asked: string | string[] | undefined, years: readonly number[], today: string): number | null {
  if (years.length === 0) return null;
  const wanted = typeof asked === 'string' && /^\d{4}$/.test(asked) ? Number(asked) : null;
  if (wanted !== null && years.includes(wanted)) return wanted;
  const current = Number(today.slice(0, 4));
  return years.includes(current) ? current : years[0];
}
