/**
 * Issue 6.2, bad input: 1 000 malformed inputs (./malformed.ts) thrown at every Server Action by a
 * caller the table allows, and 1 000 malformed files at every upload. For each: the action does not
 * throw, does not answer the unexpected-error message ("the 500") nor log an error; a refusal says
 * why, in words (a generic "check the fields" comes with the fields); and a refused call writes
 * nothing: every table's row count, the audit's among them, is what it was (./write-watch.ts).
 */
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { newRequest, Redirected, toFormData, UNEXPECTED_MESSAGE, type FormFields } from './harness';
import { setClock } from '@/lib/clock';
import { isAllowed, ROLES } from '@/lib/auth/permissions';
import type { Actor } from '@/lib/auth/session';
import viCore from '@/lib/i18n/messages/vi/core.json';
import { discoverActions } from './discover';
import { ACTIONS, entryId, type ActionEntry } from './catalogue';
import { buildWorld, NOW, type World } from './fixtures';
import { applyMutations, asFormFields, hostileFile, makeHostileFiles, mutations, summarise, type HostileFiles, type Mutation } from './malformed';
import { counter, differences, installWriteWatch, writes } from './write-watch';

vi.mock('@/lib/auth/session', async (original) => (await import('./harness')).mockSession(original));
vi.mock('next/cache', async () => (await import('./harness')).mockCache());
vi.mock('next/navigation', async (original) => (await import('./harness')).mockNavigation(original));
vi.mock('next/headers', async () => (await import('./harness')).mockHeaders());
vi.mock('next-intl/server', async () => (await import('./harness')).mockIntlServer());

/** Runs per action (and per upload); SECURITY_RUNS lowers it for a quick local try. */
const RUNS = Number(process.env.SECURITY_RUNS ?? 1000);
/** The valid input is also made afresh this often (and after every run that succeeded). */
const FRESH_EVERY = 100;
const SEED = Number(process.env.SECURITY_SEED ?? Math.floor(Math.random() * 2 ** 31));
const GENERIC_VALIDATION = viCore.errors.VALIDATION;

type Fn = (...args: unknown[]) => Promise<unknown>;

let w: World;
let actions: Map<string, Fn>;
let files: HostileFiles;
let countRows: () => Promise<Record<string, number>>;

beforeAll(async () => {
  [w, actions] = (await Promise.all([buildWorld(), discoverActions()])) as [World, Map<string, Fn>];
  files = await makeHostileFiles(await w.reportTemplate('own'));
  countRows = counter(await installWriteWatch());
}, 180_000);

beforeEach(() => setClock(NOW));

/** The first role the table lets do it on its own unit; nobody for public actions. */
function allowedCaller(entry: ActionEntry): Actor | null {
  if (entry.needs.includes('public')) return null;
  for (const role of ROLES) {
    const actor = w.actors[role];
    if (entry.needs.some((n) => n === 'signed-in' || (n !== 'public' && isAllowed(actor, n, entry.target === 'unit' ? { unitId: w.units.own.id, provinceId: w.province.id } : undefined)))) return actor;
  }
  throw new Error(`nobody may call ${entryId(entry)}`);
}

const looksLikeKey = (s: string) => /^[a-zA-Z]+(\.[a-zA-Z0-9_[\]-]+)+$/.test(s);

/** Why a refusal is not a clear one, or null. */
function unclear(state: { message?: unknown; fieldErrors?: unknown }): string | null {
  if (typeof state.message !== 'string' || state.message.trim() === '') return 'a refusal without a message';
  if (looksLikeKey(state.message)) return `an untranslated message "${state.message}"`;
  const fields = (state.fieldErrors ?? {}) as Record<string, unknown>;
  if (state.message === GENERIC_VALIDATION && Object.keys(fields).length === 0) return '"check the fields" without saying which';
  for (const [field, messages] of Object.entries(fields)) {
    if (!Array.isArray(messages) || messages.length === 0) return `field ${field} without a message`;
    for (const m of messages) if (typeof m !== 'string' || m.trim() === '' || looksLikeKey(m)) return `field ${field}: unclear message ${JSON.stringify(m)}`;
  }
  return null;
}

/** The arguments Next would pass: a FormData built from the fields, or the raw value when it is not a form at all. */
function argumentsFor(entry: ActionEntry, input: unknown): unknown[] {
  if (entry.call === 'data') return [input];
  const fields = asFormFields(input);
  const form = fields !== null && typeof fields === 'object' && !(fields instanceof Map) && !Array.isArray(fields) ? toFormData(fields as FormFields) : fields;
  return entry.call === 'form' ? [{ ok: false }, form] : [form];
}

type Tally = { runs: number; accepted: number; refused: number; unexpected: string[]; partial: string[]; unclear: string[] };

async function hammer(entry: ActionEntry, arbitrary: (base: Record<string, unknown>) => fc.Arbitrary<Mutation[]>): Promise<Tally> {
  const fn = actions.get(entryId(entry))!;
  const actor = allowedCaller(entry);
  const fresh = async () => (await entry.input({ w, actor, unit: 'own' })) as Record<string, unknown>;
  let base = await fresh();
  let baseline = await countRows();
  let seen = await writes();
  const tally: Tally = { runs: 0, accepted: 0, refused: 0, unexpected: [], partial: [], unclear: [] };
  // After a run that succeeded, the valid input may be spent (a version moved on, a record submitted).
  let stale = false;
  const errorLog = vi.mocked(console.error);

  await fc.assert(
    fc.asyncProperty(arbitrary(base), async (list) => {
      if (stale || (tally.runs > 0 && tally.runs % FRESH_EVERY === 0)) {
        stale = false;
        setClock(NOW);
        base = await fresh();
        baseline = await countRows();
        seen = await writes();
      }
      tally.runs++;
      const input = applyMutations(base, list);
      const shown = () => `${summarise(list)} → ${summarise(input)}`;
      setClock(NOW);
      newRequest(actor);
      const logged = errorLog.mock.calls.length;
      let result: unknown;
      let ok = false;
      try {
        result = await fn(...argumentsFor(entry, input));
        ok = result === undefined || (result as { ok?: boolean }).ok === true;
      } catch (error) {
        if (error instanceof Redirected) ok = true;
        else tally.unexpected.push(`threw ${error instanceof Error ? `${error.name}: ${error.message.slice(0, 200)}` : String(error)} on ${shown()}`);
      }
      if (errorLog.mock.calls.length > logged) {
        tally.unexpected.push(`console.error(${summarise(errorLog.mock.calls.at(-1)?.map((a) => (a instanceof Error ? a.message.slice(0, 200) : a)))}) on ${shown()}`);
      }
      const state = (result ?? {}) as { ok?: boolean; message?: unknown; fieldErrors?: unknown };
      if (state.message === UNEXPECTED_MESSAGE) tally.unexpected.push(`errors.unexpected on ${shown()}`);
      else if (result !== undefined && !ok) {
        tally.refused++;
        const why = unclear(state);
        if (why) tally.unclear.push(`${why} on ${shown()}`);
      }
      if (ok) {
        tally.accepted++;
        stale = true;
      }
      const written = await writes();
      if (written !== seen) {
        seen = written;
        const counts = await countRows();
        const changed = differences(baseline, counts);
        if (!ok && changed.length) tally.partial.push(`${changed.join(', ')} after a refusal (${summarise(state.message)}) of ${shown()}`);
        baseline = counts;
      }
    }),
    { numRuns: RUNS, seed: SEED, endOnFailure: true },
  );
  return tally;
}

function report(label: string, kind: string, tally: Tally) {
  console.log(
    `bad input: ${label} ${tally.runs} ${kind}, ${tally.unexpected.length} unexpected errors, ${tally.partial.length} partial writes` +
      ` (${tally.accepted} accepted, ${tally.refused} refused${tally.unclear.length ? `, ${tally.unclear.length} unclear refusals` : ''})`,
  );
  const first = (list: string[]) => list.slice(0, 5).map((s) => s.slice(0, 600));
  expect({ unexpected: first(tally.unexpected), partial: first(tally.partial), unclear: first(tally.unclear) }, `${label} (seed ${SEED})`).toEqual({ unexpected: [], partial: [], unclear: [] });
}

/** The actions that take a file: evidence, the report's workbook, the registry import, the dossier, model photos. */
const UPLOADS = ['addEvidenceAction', 'excelUploadAction', 'registryImportAction', 'addDocumentAction', 'createProposalAction', 'addPhotoAction', 'createModelAction'];

/** One entry per action (its first variant), and the uploads (their writing variant where there is one). */
const byAction = [...new Map(ACTIONS.map((e) => [entryId(e), e])).values()];
const uploads = [...new Map(ACTIONS.filter((e) => e.variant !== 'preview').map((e) => [entryId(e), e])).values()].filter((e) => UPLOADS.includes(e.name));
const fileField = (base: Record<string, unknown>) => Object.keys(base).find((k) => base[k] instanceof File)!;

describe('malformed input to every Server Action', () => {
  it.each(byAction.map((entry) => ({ entry, label: entry.name })))('$label', async ({ entry, label }) => {
    report(label, 'inputs', await hammer(entry, (base) => mutations(base, entry.call === 'data' ? 'data' : 'form', files)));
  }, 300_000);
});

describe('malformed files to every upload', () => {
  it.each(uploads.map((entry) => ({ entry, label: `${entry.name}${entry.variant ? ` (${entry.variant})` : ''}` })))('$label', async ({ entry, label }) => {
    report(label, 'files', await hammer(entry, (base) => hostileFile(files).map((file) => [{ kind: 'set', path: [fileField(base)], value: file }] as Mutation[])));
  }, 300_000);
});
