'use client';
/**
 * Chart code (recharts, ~110 kB gzipped) is loaded once the page has loaded: the figures, the calls
 * and the words come with the page, the drawings a moment later. Keeps the dashboards' first-load
 * JavaScript within its budget (issue 5.10); one import serves every chart of the page.
 */
import { useEffect, useState } from 'react';

/** The module's export once the page's load event has passed, null until then. */
export function useAfterLoad<T>(load: () => Promise<T>): T | null {
  const [loaded, setLoaded] = useState<{ value: T } | null>(null);
  useEffect(() => {
    let alive = true;
    const start = () => {
      void load().then((value) => {
        if (alive) setLoaded({ value });
      });
    };
    if (document.readyState === 'complete') start();
    else window.addEventListener('load', start, { once: true });
    return () => {
      alive = false;
      window.removeEventListener('load', start);
    };
  }, [load]);
  return loaded?.value ?? null;
}
