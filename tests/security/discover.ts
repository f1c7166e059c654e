/**
 * What the application exposes to a request, found from the source rather than listed by hand:
 * every exported function of every module whose first statement is 'use server' (a Server Action
 * anyone can call with any arguments), and every handler of every app/** /route.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');

/** Not source: dependencies, data, reports, the generated Prisma client and the tests themselves. */
const SKIP_TOP = new Set(['tests', 'test-results', 'playwright-report', 'public', 'seed', 'docs']);
const SOURCE = /\.(ts|tsx|js|jsx|mjs)$/;
const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

const relative = (file: string) => path.relative(ROOT, file).split(path.sep).join('/');

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if ((dir === ROOT && SKIP_TOP.has(entry.name)) || relative(full) === 'lib/generated') continue;
      walk(full, out);
    } else if (SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(full);
  }
  return out;
}

/** The module's first statement, past comments and blank lines, is the directive 'use server'. */
export function startsWithUseServer(source: string): boolean {
  const code = source.replace(/^\uFEFF/, '').replace(/^(\s+|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*/, '');
  return /^(['"])use server\1/.test(code);
}

export function serverActionFiles(): string[] {
  return walk(ROOT)
    .filter((file) => startsWithUseServer(readFileSync(file, 'utf8')))
    .map(relative)
    .sort();
}

export function routeFiles(): string[] {
  return walk(path.join(ROOT, 'app'))
    .filter((file) => /^route\.(ts|tsx|js)$/.test(path.basename(file)))
    .map(relative)
    .sort();
}

/** `module#export` for every exported function of every 'use server' module. */
export async function discoverActions(): Promise<Map<string, (...args: unknown[]) => unknown>> {
  const found = new Map<string, (...args: unknown[]) => unknown>();
  for (const file of serverActionFiles()) {
    const mod = (await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) if (typeof value === 'function') found.set(`${file}#${name}`, value as (...args: unknown[]) => unknown);
  }
  return found;
}

/** `module#METHOD` for every handler of every route file. */
export async function discoverRoutes(): Promise<Map<string, (...args: unknown[]) => unknown>> {
  const found = new Map<string, (...args: unknown[]) => unknown>();
  for (const file of routeFiles()) {
    const mod = (await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<string, unknown>;
    for (const method of HTTP_METHODS) if (typeof mod[method] === 'function') found.set(`${file}#${method}`, mod[method] as (...args: unknown[]) => unknown);
  }
  return found;
}
