'use client';

import { useEffect, useState } from 'react';
import { Badge } from '@/components/ui/card';

export type ExportRowState = {
  id: number;
  status: 'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED';
  progress: number;
  /** the failure, already in the reader's language */
  error: string | null;
  fileName: string | null;
};

export type ExportRowLabels = { status: Record<ExportRowState['status'], string>; progress: string; download: string; downloadLabel: string };

const TONE = { QUEUED: 'default', RUNNING: 'info', DONE: 'good', FAILED: 'bad' } as const;
const POLL_MS = 2000;

/**
 * One requested export: its status and progress, polled from GET /api/exports/:id every 2 s while
 * it is queued or running, then the download link. Polling stops when the job ends or the row leaves.
 */
export function ExportRow({ report, requestedAt, initial, labels }: { report: string; requestedAt: string; initial: ExportRowState; labels: ExportRowLabels }) {
  const [job, setJob] = useState(initial);
  const active = job.status === 'QUEUED' || job.status === 'RUNNING';

  useEffect(() => {
    if (!active) return;
    let stopped = false;
    const timer = setInterval(async () => {
      try {
        const response = await fetch(`/api/exports/${job.id}`, { cache: 'no-store' });
        if (!response.ok || stopped) return;
        setJob((await response.json()) as ExportRowState);
      } catch {
        // a dropped request: the next tick asks again
      }
    }, POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [active, job.id]);

  return (
    <tr className="border-t border-slate-200 align-top">
      <td className="min-w-40 py-2 pr-3">{report}</td>
      <td className="py-2 pr-3 whitespace-nowrap">{requestedAt}</td>
      <td className="py-2 pr-3" aria-live="polite">
        <Badge tone={TONE[job.status]}>{labels.status[job.status]}</Badge>
        {active && (
          <div className="mt-1 flex items-center gap-2">
            <div role="progressbar" aria-label={labels.progress} aria-valuemin={0} aria-valuemax={100} aria-valuenow={job.progress} className="h-2 w-28 overflow-hidden rounded bg-slate-200">
              <div className="h-full bg-brand-700 transition-all" style={{ width: `${job.progress}%` }} />
            </div>
            <span className="text-xs text-slate-600">{job.progress}%</span>
          </div>
        )}
        {job.status === 'FAILED' && job.error && <p className="mt-1 text-sm text-red-700">{job.error}</p>}
      </td>
      <td className="py-2">
        {job.status === 'DONE' && job.fileName && (
          <a href={`/api/exports/${job.id}/file`} download={job.fileName} aria-label={labels.downloadLabel.replace('{name}', job.fileName)} className="font-medium">
            {labels.download}
          </a>
        )}
      </td>
    </tr>
  );
}
