'use client';

import { useCallback, useEffect, useRef, useState } from 'react';

export type DraftContent = {
  values: Record<string, string>;
  notes: Record<string, string>;
  note: string;
  narrative: string;
};

export type SaveState = 'idle' | 'dirty' | 'saving' | 'saved' | 'offline' | 'conflict' | 'error';

type SaveResult =
  | { ok: true; version: number; reportId: number; savedAt: string; hints: Record<string, string[]> }
  | { ok: false; conflict: boolean; network: boolean; message?: string; fieldErrors?: Record<string, string[]> };

type Stored = { content: DraftContent; baseVersion: number; at: number };

const DEBOUNCE_MS = 1200;
const RETRY_MS = [2000, 5000, 10000, 30000];

/**
 * Saves the draft a moment after each change, one save at a time, and keeps every keystroke on the
 * device (localStorage) until the server has it: a lost connection or a closed tab loses nothing.
 * A save refused because someone else saved first is never retried over their version.
 */
export function useAutosave(options: {
  storageKey: string;
  initial: DraftContent;
  initialVersion: number;
  enabled: boolean;
  save: (content: DraftContent, version: number) => Promise<SaveResult>;
}) {
  const { storageKey, enabled, save } = options;
  const [content, setContent] = useState(options.initial);
  const [state, setState] = useState<SaveState>('idle');
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [hints, setHints] = useState<Record<string, string[]>>({});
  const [restored, setRestored] = useState(false);
  /** typed on top of an older version that someone else has since replaced: the user decides */
  const [stale, setStale] = useState<DraftContent | null>(null);
  const version = useRef(options.initialVersion);
  const latest = useRef(content);
  const inFlight = useRef<Promise<void> | null>(null);
  const dirty = useRef(false);
  const conflict = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const attempt = useRef(0);

  // Restore what was typed but not saved, if it was typed on top of the version we still have.
  useEffect(() => {
    if (!enabled) return;
    try {
      const stored = JSON.parse(localStorage.getItem(storageKey) ?? 'null') as Stored | null;
      if (stored && stored.baseVersion === options.initialVersion && JSON.stringify(stored.content) !== JSON.stringify(options.initial)) {
        latest.current = stored.content;
        setContent(stored.content);
        dirty.current = true;
        setState('dirty');
        setRestored(true);
      } else if (stored && stored.baseVersion !== options.initialVersion && JSON.stringify(stored.content) !== JSON.stringify(options.initial)) {
        setStale(stored.content);
      } else if (stored) {
        localStorage.removeItem(storageKey);
      }
    } catch {
      // storage unavailable (private mode): autosave still works, only without the local copy
    }
  }, []); // once, with the figures the page was rendered with

  const flush = useCallback(async (): Promise<boolean> => {
    if (!enabled || conflict.current) return false;
    if (inFlight.current) await inFlight.current;
    if (!dirty.current) return true;
    dirty.current = false;
    setState('saving');
    let ok = false;
    const run = (async () => {
      const sent = latest.current;
      const result = await save(sent, version.current).catch(() => ({ ok: false, conflict: false, network: true }) as SaveResult);
      if (result.ok) {
        ok = true;
        attempt.current = 0;
        version.current = result.version;
        setSavedAt(result.savedAt);
        setHints(result.hints);
        setMessage(null);
        if (latest.current === sent) {
          try {
            localStorage.removeItem(storageKey);
          } catch {
            /* nothing to clean */
          }
          setState('saved');
        } else {
          dirty.current = true;
        }
      } else {
        dirty.current = true;
        if (result.conflict) {
          conflict.current = true;
          setState('conflict');
        } else if (result.network) {
          setState('offline');
          const wait = RETRY_MS[Math.min(attempt.current++, RETRY_MS.length - 1)];
          timer.current = setTimeout(() => void flush(), wait);
        } else {
          setState('error');
          setMessage(result.message ?? null);
          if (result.fieldErrors) setHints(result.fieldErrors);
        }
      }
    })();
    inFlight.current = run;
    await run;
    inFlight.current = null;
    if (dirty.current && ok) void flush();
    return ok;
  }, [enabled, save, storageKey]);

  const update = useCallback(
    (change: (previous: DraftContent) => DraftContent) => {
      setContent((previous) => {
        const next = change(previous);
        latest.current = next;
        try {
          localStorage.setItem(storageKey, JSON.stringify({ content: next, baseVersion: version.current, at: Date.now() } satisfies Stored));
        } catch {
          /* storage full or unavailable */
        }
        return next;
      });
      dirty.current = true;
      if (!conflict.current) setState('dirty');
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), DEBOUNCE_MS);
    },
    [flush, storageKey],
  );

  useEffect(() => {
    const online = () => void flush();
    const leave = (event: BeforeUnloadEvent) => {
      if (dirty.current) event.preventDefault();
    };
    window.addEventListener('online', online);
    window.addEventListener('beforeunload', leave);
    return () => {
      window.removeEventListener('online', online);
      window.removeEventListener('beforeunload', leave);
      if (timer.current) clearTimeout(timer.current);
    };
  }, [flush]);

  /** Puts the figures typed on an older version on top of the current one (the user's explicit choice). */
  const applyStale = useCallback(() => {
    if (!stale) return;
    const chosen = stale;
    setStale(null);
    update(() => chosen);
  }, [stale, update]);

  const discardLocal = useCallback(() => {
    try {
      localStorage.removeItem(storageKey);
    } catch {
      /* nothing stored */
    }
    window.location.reload();
  }, [storageKey]);

  return { content, update, flush, state, savedAt, message, hints, restored, stale, applyStale, version, discardLocal };
}
