/**
 * The message catalogue, one file per area and language (vi/<area>.json, en/<area>.json), so each
 * capability owns its texts. Vietnamese is the reference: the English files must have the same keys
 * (tests/unit/i18n-catalogue.test.ts).
 */
import viCore from './vi/core.json';
import viAuth from './vi/auth.json';
import viHome from './vi/home.json';
import viAdmin from './vi/admin.json';
import viPublic from './vi/public.json';
import enCore from './en/core.json';
import enAuth from './en/auth.json';
import enHome from './en/home.json';
import enAdmin from './en/admin.json';
import enPublic from './en/public.json';

export const vi = { ...viCore, ...viAuth, ...viHome, ...viAdmin, ...viPublic };

export type Messages = typeof vi;

export const en: Messages = { ...enCore, ...enAuth, ...enHome, ...enAdmin, ...enPublic };

export const CATALOGUES = { vi, en } as const;
