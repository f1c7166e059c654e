/**
 * Converting documents with LibreOffice (soffice --headless --convert-to): the .docx and .xlsx
 * exports to PDF, for a printable copy and for the tests that prove the exports open. Each call
 * runs with its own throw-away profile, so parallel conversions never fight over one.
 */
import 'server-only';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const CANDIDATES = ['/usr/bin/soffice', '/usr/bin/libreoffice', '/usr/local/bin/soffice', '/opt/libreoffice/program/soffice', '/Applications/LibreOffice.app/Contents/MacOS/soffice'];

/** The soffice binary: $SOFFICE, else the usual places, else null. */
export function findSoffice(): string | null {
  const fromEnv = process.env.SOFFICE;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CANDIDATES.find((c) => existsSync(c)) ?? null;
}

function run(file: string, args: string[], timeoutMs: number): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { timeout: timeoutMs, maxBuffer: 1 << 20 }, (error, stdout, stderr) => {
      if (error) reject(Object.assign(error, { stdout, stderr }));
      else resolve({ stdout, stderr });
    });
  });
}

/**
 * Converts `input` into `format` ("pdf", or a filter such as "pdf:writer_pdf_Export") in `outDir`
 * (the input's folder by default) and returns the path of the new file.
 */
export async function convertWithLibreOffice(input: string, format = 'pdf', outDir = path.dirname(input), timeoutMs = 120_000): Promise<string> {
  const soffice = findSoffice();
  if (!soffice) throw new Error('LibreOffice (soffice) is not installed: apt-get install -y libreoffice-writer-nogui libreoffice-calc-nogui');
  const profile = await mkdtemp(path.join(tmpdir(), 'lo-'));
  try {
    const { stdout, stderr } = await run(
      soffice,
      [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--nolockcheck', '--convert-to', format, '--outdir', outDir, input],
      timeoutMs,
    );
    const extension = format.split(':')[0];
    const output = path.join(outDir, `${path.parse(input).name}.${extension}`);
    const made = await stat(output).catch(() => null);
    if (!made || made.size === 0) throw new Error(`LibreOffice made no ${extension} from ${input}: ${stdout} ${stderr}`.trim());
    return output;
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}

/** A .docx or .xlsx as PDF bytes. */
export async function toPdf(bytes: Buffer, extension: 'docx' | 'xlsx'): Promise<Buffer> {
  const dir = await mkdtemp(path.join(tmpdir(), 'doc-pdf-'));
  try {
    const input = path.join(dir, `document.${extension}`);
    await writeFile(input, bytes);
    return await readFile(await convertWithLibreOffice(input, 'pdf', dir));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
