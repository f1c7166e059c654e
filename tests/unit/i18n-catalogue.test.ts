import { describe, expect, it } from 'vitest';
import { vi as viMessages, en as enMessages } from '@/lib/i18n/messages';

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keysOf(v, prefix ? `${prefix}.${k}` : k));
}

describe('message catalogue', () => {
  it('has the same keys in English as in Vietnamese', () => {
    expect(keysOf(enMessages).sort()).toEqual(keysOf(viMessages).sort());
  });

  it('has no empty text', () => {
    for (const catalogue of [viMessages, enMessages]) {
      const empty = keysOf(catalogue).filter((key) => {
        const text = key.split('.').reduce<unknown>((node, k) => (node as Record<string, unknown>)[k], catalogue);
        return typeof text !== 'string' || text.trim() === '';
      });
      expect(empty).toEqual([]);
    }
  });
});
