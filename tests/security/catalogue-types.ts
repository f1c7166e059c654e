/** The shapes of the catalogue's entries (./catalogue.ts) and the helpers that write them. */
import type { Permission } from '@/lib/auth/permissions';
import type { Actor } from '@/lib/auth/session';
import type { FormFields } from './harness';
import type { UnitKey, World } from './fixtures';

/** A permission of the table; 'public': anyone, signed in or not; 'signed-in': any signed-in user, for their own account. */
export type Need = Permission | 'public' | 'signed-in';

/** One call: who calls, on which unit's records (for `target: 'unit'`), in the world of fixtures. */
export type Case = { w: World; actor: Actor | null; unit: UnitKey };

type Common = {
  module: string;
  /** the variant's name when an export has several entries */
  variant?: string;
  needs: readonly Need[];
  target: 'unit' | 'none';
  /** why NOT_FOUND is this code's refusal (it hides the record's existence from the caller) */
  hides?: string;
};

/** form: (state, FormData) as useActionState calls it; data: (input) with plain data; formdata: (FormData) as a <form action>. */
export type CallStyle = 'form' | 'data' | 'formdata';

export type ActionEntry = Common & { kind: 'action'; name: string; call: CallStyle; input: (c: Case) => Promise<FormFields | Record<string, unknown>> };

export type RouteRequest = { url: string; params?: Record<string, string | string[]>; init?: RequestInit; cookies?: Record<string, string> };
export type RouteEntry = Common & { kind: 'route'; method: string; request: (c: Case) => Promise<RouteRequest> };

export type Entry = ActionEntry | RouteEntry;

export const entryId = (e: Entry) => `${e.module}#${e.kind === 'action' ? e.name : e.method}`;
export const entryLabel = (e: Entry) => `${entryId(e)}${e.variant ? ` [${e.variant}]` : ''}`;

type ActionOptions = Pick<Common, 'variant' | 'hides'>;

/** The entries of one 'use server' module. */
export function actionsOf(module: string) {
  return (name: string, call: CallStyle, needs: Need | Need[], target: 'unit' | 'none', input: ActionEntry['input'], options: ActionOptions = {}): ActionEntry => ({
    kind: 'action',
    module,
    name,
    call,
    needs: Array.isArray(needs) ? needs : [needs],
    target,
    input,
    ...options,
  });
}

export function routeOf(module: string) {
  return (method: string, needs: Need | Need[], target: 'unit' | 'none', request: RouteEntry['request'], options: ActionOptions = {}): RouteEntry => ({
    kind: 'route',
    module,
    method,
    needs: Array.isArray(needs) ? needs : [needs],
    target,
    request,
    ...options,
  });
}
