/**
 * Calling a Server Action over HTTP as the browser does, for the benchmarks and the crash test: the
 * action's id from a build's manifest, and the multipart body React sends for a form action.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The id of an exported Server Action, from the build's server reference manifest. */
export function actionId(distDir: string, exportedName: string, fileSuffix: string): string {
  const manifest = JSON.parse(readFileSync(path.join(distDir, 'server', 'server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { exportedName?: string; filename?: string; workers: Record<string, { exportedName?: string; filename?: string }> }>;
  };
  for (const [id, entry] of Object.entries(manifest.node)) {
    const described = [entry, ...Object.values(entry.workers ?? {})];
    if (described.some((d) => d.exportedName === exportedName && (d.filename ?? '').endsWith(fileSuffix))) return id;
  }
  throw new Error(`No Server Action ${exportedName} of ${fileSuffix} in ${distDir}/server/server-reference-manifest.json`);
}

export type FormField = string | { name: string; type: string; bytes: Uint8Array };

/** The multipart body React sends for a form action `(previousState, formData)`: the arguments at "0", the form's fields under "_1_". */
export function formActionBody(fields: Record<string, FormField>): { body: Buffer; contentType: string } {
  const boundary = `----action${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  const add = (name: string, value: FormField) => {
    if (typeof value === 'string') {
      parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
    } else {
      parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="${value.name}"\r\nContent-Type: ${value.type}\r\n\r\n`));
      parts.push(Buffer.from(value.bytes), Buffer.from('\r\n'));
    }
  };
  for (const [name, value] of Object.entries(fields)) add(`_1_${name}`, value);
  add('0', JSON.stringify([{ ok: false }, '$K1']));
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}
