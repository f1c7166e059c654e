/**
 * Every Server Action and every data route, once, as data: the permission of DESIGN.md's table
 * ("Who may do what", lib/auth/permissions.ts) it needs, whether it acts on a unit (then "own" and
 * "other" unit differ) or on nothing of a unit's, and a maker of a VALID input for a caller and a
 * unit — valid, so that what refuses a caller is the permission and nothing else.
 *
 * An action with several distinct permissions by argument (moveModelAction: the unit submits, Home
 * Affairs publishes) has one entry per variant. `needs` lists alternatives: any one suffices.
 * `hides` documents where the code answers NOT_FOUND instead of FORBIDDEN on purpose, so as not to
 * tell those who may not see a record that it exists; there, NOT_FOUND counts as a refusal.
 */
import type { ActionEntry } from './catalogue-types';
import { UNIT_ACTIONS } from './catalogue-unit';
import { PROVINCE_ACTIONS } from './catalogue-province';
import { ROUTES } from './catalogue-routes';

export * from './catalogue-types';

export const ACTIONS: readonly ActionEntry[] = [...UNIT_ACTIONS, ...PROVINCE_ACTIONS];
export { ROUTES };
