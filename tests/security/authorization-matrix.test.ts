/**
 * Issue 6.1, the authorization matrix: every Server Action and every data route (found in the
 * source, each one required in ./catalogue.ts) called by every role on its own unit's records and
 * on another unit's, and anonymously, with a valid input; each call must be refused or not exactly
 * as DESIGN.md's table (lib/auth/permissions.ts isAllowed) says, and what is allowed must succeed.
 * An entry that acts on no unit's records (the administrator's, the council's, the caller's own
 * account) is called once per role: "own" and "other" unit mean nothing there. "Own" is the commune
 * of the unit officer and head; the expectation is always isAllowed on the unit actually targeted.
 * The session is mocked at its boundary (getActor/requireActor); every check below it is real.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { caller, describeOutcome, invokeAction, invokeRoute, newRequest, type Outcome } from './harness';
import { setClock } from '@/lib/clock';
import { isAllowed, ROLES } from '@/lib/auth/permissions';
import type { Actor } from '@/lib/auth/session';
import type { Role } from '@/lib/generated/prisma/enums';
import { discoverActions, discoverRoutes } from './discover';
import { ACTIONS, entryId, entryLabel, ROUTES, type Entry } from './catalogue';
import { buildWorld, NOW, type UnitKey, type World } from './fixtures';

vi.mock('@/lib/auth/session', async (original) => (await import('./harness')).mockSession(original));
vi.mock('next/cache', async () => (await import('./harness')).mockCache());
vi.mock('next/navigation', async (original) => (await import('./harness')).mockNavigation(original));
vi.mock('next/headers', async () => (await import('./harness')).mockHeaders());
vi.mock('next-intl/server', async () => (await import('./harness')).mockIntlServer());

type Fn = (...args: unknown[]) => unknown;

let w: World;
let actions: Map<string, Fn>;
let routes: Map<string, Fn>;
let combinations = 0;

beforeAll(async () => {
  [w, actions, routes] = await Promise.all([buildWorld(), discoverActions(), discoverRoutes()]);
}, 120_000);

beforeEach(() => setClock(NOW));

afterAll(() => {
  const distinct = (entries: readonly Entry[]) => new Set(entries.map(entryId)).size;
  console.log(`authorization matrix: ${combinations} combinations checked (${distinct(ACTIONS)} actions, ${distinct(ROUTES)} routes)`);
});

/** What the table says: any of the entry's needs, for this caller, on this unit when the entry acts on one. */
function allowedBy(entry: Entry, actor: Actor | null, unitId: number): boolean {
  return entry.needs.some((need) => {
    if (need === 'public') return true;
    if (!actor) return false;
    if (need === 'signed-in') return true;
    return isAllowed(actor, need, entry.target === 'unit' ? { unitId, provinceId: w.province.id } : undefined);
  });
}

function isRefusal(entry: Entry, outcome: Outcome): boolean {
  return outcome.kind === 'refused' && (outcome.code !== 'NOT_FOUND' || entry.hides !== undefined);
}

describe('the catalogue', () => {
  it('names every Server Action and every route handler, and nothing that no longer exists', () => {
    const catalogued = (entries: readonly Entry[]) => new Set(entries.map(entryId));
    const gaps = (found: Map<string, Fn>, entries: readonly Entry[]) => ({
      missing: [...found.keys()].filter((id) => !catalogued(entries).has(id)),
      gone: [...catalogued(entries)].filter((id) => !found.has(id)),
    });
    expect(gaps(actions, ACTIONS), 'Server Actions: add the missing ones to tests/security/catalogue*.ts').toEqual({ missing: [], gone: [] });
    expect(gaps(routes, ROUTES), 'route handlers: add the missing ones to tests/security/catalogue-routes.ts').toEqual({ missing: [], gone: [] });
    for (const entry of [...ACTIONS, ...ROUTES]) if (entry.hides !== undefined) expect(entry.hides.length, entryLabel(entry)).toBeGreaterThan(20);
  });
});

const callers: Array<{ role: Role | 'anonymous' }> = [...ROLES.map((role) => ({ role })), { role: 'anonymous' as const }];

describe.each([...ACTIONS, ...ROUTES].map((entry) => ({ entry, label: entryLabel(entry) })))('$label', ({ entry }) => {
  it('is refused or allowed as the table says, and what is allowed succeeds', async () => {
    const fn = entry.kind === 'action' ? actions.get(entryId(entry)) : routes.get(entryId(entry));
    if (!fn) throw new Error(`${entryId(entry)} is in the catalogue but not in the source`);
    const problems: string[] = [];
    for (const { role } of callers) {
      const actor = role === 'anonymous' ? null : w.actors[role];
      const units: UnitKey[] = entry.target === 'unit' && actor ? ['own', 'other'] : ['own'];
      for (const unit of units) {
        setClock(NOW);
        const c = { w, actor, unit };
        const prepared = entry.kind === 'action' ? await entry.input(c) : await entry.request(c);
        newRequest(actor);
        const outcome = entry.kind === 'action' ? await invokeAction(fn, entry.call, prepared) : await invokeRoute(fn, prepared as Parameters<typeof invokeRoute>[1]);
        combinations++;
        // MATRIX_DEBUG=1 prints every combination and what came back.
        if (process.env.MATRIX_DEBUG) console.log(`${entryLabel(entry)} ${role} ${unit}: ${describeOutcome(outcome)}`);
        const expected = allowedBy(entry, actor, w.units[unit].id);
        const where = `${role}${entry.target === 'unit' && actor ? ` on the ${unit} unit` : ''}`;
        if (outcome.kind === 'crashed') problems.push(`${where}: ${describeOutcome(outcome)}`);
        else if (expected && isRefusal(entry, outcome)) problems.push(`${where}: the table allows, the code refused (${describeOutcome(outcome)})`);
        else if (!expected && !isRefusal(entry, outcome)) problems.push(`${where}: the table refuses, the code did not (${describeOutcome(outcome)})`);
        else if (expected && outcome.kind !== 'done') problems.push(`${where}: allowed but did not succeed (${describeOutcome(outcome)}): the catalogue's input is not valid`);
      }
    }
    caller.actor = null;
    expect(problems, `${entryLabel(entry)}:\n  ${problems.join('\n  ')}`).toEqual([]);
  }, 90_000);
});
