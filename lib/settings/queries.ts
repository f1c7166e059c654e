import 'server-only';
import { db, type Db, type Tx } from '@/lib/db';
import { SETTINGS, type SettingKey, type SettingValue } from './defaults';

export type Settings = { [K in SettingKey]: SettingValue<K> };

/** A stored value that no longer fits its schema (an old row, a hand edit) reads as the default. */
function valueOf<K extends SettingKey>(key: K, stored: unknown): SettingValue<K> {
  const parsed = SETTINGS[key].schema.safeParse(stored);
  return (parsed.success ? parsed.data : SETTINGS[key].default) as SettingValue<K>;
}

const isKey = (key: string): key is SettingKey => Object.hasOwn(SETTINGS, key);

/** One setting of the province, typed by its key; the default when it was never set. */
export async function getSetting<K extends SettingKey>(provinceId: number, key: K, client: Db | Tx = db): Promise<SettingValue<K>> {
  const row = await client.setting.findUnique({ where: { provinceId_key: { provinceId, key } }, select: { value: true } });
  return valueOf(key, row?.value);
}

/** Every setting of the province, each falling back to its default. */
export async function getSettings(provinceId: number, client: Db | Tx = db): Promise<Settings> {
  const rows = await client.setting.findMany({ where: { provinceId }, select: { key: true, value: true } });
  const stored = new Map(rows.filter((r) => isKey(r.key)).map((r) => [r.key, r.value]));
  const entries = (Object.keys(SETTINGS) as SettingKey[]).map((key) => [key, valueOf(key, stored.get(key))]);
  return Object.fromEntries(entries) as Settings;
}
