import { describe, expect, it } from 'vitest';
import { statementName } from '@/lib/db/client';

describe('prepared statements', () => {
  it('names only the statements that ask for it, by their text', () => {
    const actor = '/* prepared */\n    SELECT id FROM "User" WHERE id = $1';
    expect(statementName({ sql: 'SELECT id FROM "User" WHERE id = $1' })).toBe('');
    expect(statementName({ sql: 'SELECT 1 /* prepared */' })).toBe('');
    const name = statementName({ sql: actor });
    expect(name).toMatch(/^p_[\w-]{27}$/);
    // the same text always has the same name (each connection prepares it once); another text another
    expect(statementName({ sql: actor })).toBe(name);
    expect(statementName({ sql: `\n  ${actor}` })).not.toBe(name);
    expect(statementName({ sql: actor.replace('$1', '$2') })).not.toBe(name);
    // PostgreSQL cuts identifiers at 63 bytes: two names must differ within them
    expect(name.length).toBeLessThanOrEqual(63);
  });
});
