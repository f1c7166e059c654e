/**
 * What the crash harness reads back from the database after each restart: one report's full state
 * (to compare before and after a trial) and the invariants that must hold for every report and file.
 */
import pg from 'pg';

export type ReportState = {
  report: { id: number; status: string; version: number; submissionCount: number; submittedAt: string | null; note: string | null } | null;
  values: Record<string, string | null>;
  evidence: Array<{ id: number; fileId: number; elementId: number | null; name: string; sha256: string; blobSha256: string | null }>;
  audit: Record<string, number>;
  versions: Array<{ number: number; values: Record<string, string | null>; evidence: number[] }>;
  comments: number;
  notifications: Record<string, number>;
  files: number;
  blobs: number;
};

/** Everything a save, upload, submission or return can touch, for one unit's report of a period. */
export async function reportState(client: pg.Client, unitId: number, periodId: number): Promise<ReportState> {
  const { rows: reports } = await client.query(
    `SELECT id, status::text AS status, version, "submissionCount", to_char("submittedAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS') AS "submittedAt", note
       FROM "Report" WHERE "unitId" = $1 AND "periodId" = $2`,
    [unitId, periodId],
  );
  const report = (reports[0] as ReportState['report']) ?? null;
  // One client runs one query at a time.
  const { rows: files } = await client.query(`SELECT count(*)::int AS n FROM "StoredFile"`);
  const { rows: blobs } = await client.query(`SELECT count(*)::int AS n FROM "FileBlob"`);
  const empty = { values: {}, evidence: [], audit: {}, versions: [], comments: 0, notifications: {} };
  if (!report) return { report, ...empty, files: files[0].n, blobs: blobs[0].n };
  const id = report.id;
  const [values, evidence, audit, versions, comments, notifications] = [
    await client.query(`SELECT e.code, v."rawValue" FROM "ReportValue" v JOIN "DataElement" e ON e.id = v."elementId" WHERE v."reportId" = $1`, [id]),
    await client.query(
      `SELECT r.id, r."fileId", r."elementId", f.name, f.sha256, encode(sha256(b.data), 'hex') AS "blobSha256"
         FROM "ReportEvidence" r JOIN "StoredFile" f ON f.id = r."fileId" LEFT JOIN "FileBlob" b ON b."fileId" = f.id
        WHERE r."reportId" = $1 ORDER BY r.id`,
      [id],
    ),
    await client.query(`SELECT action, count(*)::int AS n FROM "AuditEvent" WHERE "entityType" = 'Report' AND "entityId" = $1 GROUP BY action`, [String(id)]),
    await client.query(`SELECT number, snapshot FROM "SubmissionVersion" WHERE "reportId" = $1 ORDER BY number`, [id]),
    await client.query(`SELECT count(*)::int AS n FROM "ReviewComment" WHERE "reportId" = $1`, [id]),
    await client.query(
      `SELECT split_part("dedupeKey", ':', 1) || ':' || split_part("dedupeKey", ':', 3) AS event, count(*)::int AS n
         FROM "Notification" WHERE split_part("dedupeKey", ':', 2) = $1 AND "dedupeKey" LIKE 'report-%' GROUP BY 1`,
      [String(id)],
    ),
  ];
  return {
    report,
    values: Object.fromEntries(values.rows.map((r) => [r.code as string, r.rawValue as string | null])),
    evidence: evidence.rows as ReportState['evidence'],
    audit: Object.fromEntries(audit.rows.map((r) => [r.action as string, r.n as number])),
    versions: versions.rows.map((r) => {
      const snapshot = r.snapshot as { values: Record<string, { rawValue: string | null }>; evidence: Array<{ fileId: number }> };
      return {
        number: r.number as number,
        values: Object.fromEntries(Object.entries(snapshot.values).map(([code, v]) => [code, v.rawValue])),
        evidence: snapshot.evidence.map((e) => e.fileId).sort((a, b) => a - b),
      };
    }),
    comments: comments.rows[0].n,
    notifications: Object.fromEntries(notifications.rows.map((r) => [r.event as string, r.n as number])),
    files: files[0].n,
    blobs: blobs[0].n,
  };
}

/**
 * Invariants over the whole database, each a query that lists what breaks it (empty when sound):
 * a report's status agrees with its submissions, and every stored file is referred to and has its bytes.
 */
export const INVARIANTS: Record<string, string> = {
  'submitted or accepted without a submission': `
    SELECT id FROM "Report" WHERE status IN ('SUBMITTED', 'ACCEPTED') AND ("submittedAt" IS NULL OR "submissionCount" < 1)`,
  'submission count differs from its versions': `
    SELECT r.id FROM "Report" r LEFT JOIN "SubmissionVersion" v ON v."reportId" = r.id
     GROUP BY r.id, r."submissionCount" HAVING r."submissionCount" <> count(v.id) OR r."submissionCount" <> coalesce(max(v.number), 0)`,
  'submitted without a submission audit row': `
    SELECT r.id FROM "Report" r WHERE r."submissionCount" >
      (SELECT count(*) FROM "AuditEvent" a WHERE a."entityType" = 'Report' AND a."entityId" = r.id::text AND a.action = 'report.submit')`,
  'values without a report': `
    SELECT v.id FROM "ReportValue" v LEFT JOIN "Report" r ON r.id = v."reportId" WHERE r.id IS NULL`,
  'orphan stored file (nothing refers to it)': `
    SELECT f.id FROM "StoredFile" f
     WHERE NOT EXISTS (SELECT 1 FROM "ReportEvidence" x WHERE x."fileId" = f.id)
       AND NOT EXISTS (SELECT 1 FROM "ProposalDocument" x WHERE x."fileId" = f.id)
       AND NOT EXISTS (SELECT 1 FROM "ModelPhoto" x WHERE x."fileId" = f.id)
       AND NOT EXISTS (SELECT 1 FROM "Decision" x WHERE x."fileId" = f.id)
       AND NOT EXISTS (SELECT 1 FROM "ExportJob" x WHERE x."fileId" = f.id)
       AND NOT EXISTS (SELECT 1 FROM "SubmissionVersion" x, jsonb_array_elements(x.snapshot -> 'evidence') e WHERE (e ->> 'fileId')::int = f.id)`,
  'stored file without its bytes': `
    SELECT f.id FROM "StoredFile" f LEFT JOIN "FileBlob" b ON b."fileId" = f.id WHERE b."fileId" IS NULL`,
  'bytes that are not the stored file': `
    SELECT f.id FROM "StoredFile" f JOIN "FileBlob" b ON b."fileId" = f.id WHERE f.sha256 <> encode(sha256(b.data), 'hex') OR f.size <> length(b.data)`,
};

/** The invariants broken now: name -> offending ids. */
export async function brokenInvariants(client: pg.Client): Promise<Record<string, number[]>> {
  const broken: Record<string, number[]> = {};
  for (const [name, sql] of Object.entries(INVARIANTS)) {
    const { rows } = await client.query(sql);
    if (rows.length) broken[name] = rows.map((r) => Number(r.id));
  }
  return broken;
}
