'use client';

import { useState } from 'react';
import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { Alert } from '@/components/ui/card';
import { buttonClass } from '@/components/ui/button';

export type LoginTexts = {
  username: string;
  password: string;
  submit: string;
  submitting: string;
  invalid: string;
  /** with {time} and {date} placeholders */
  throttled: string;
  required: string;
};

function formatRetry(iso: string, template: string): string {
  const at = new Date(iso);
  const parts = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', ...options }).format(at);
  return template.replace('{time}', parts({ hour: '2-digit', minute: '2-digit', hour12: false })).replace('{date}', parts({ day: '2-digit', month: '2-digit', year: 'numeric' }));
}

export function errorText(code: string | null, texts: LoginTexts): string | null {
  if (!code) return null;
  if (code.startsWith('THROTTLED:')) return formatRetry(code.slice('THROTTLED:'.length), texts.throttled);
  return texts.invalid;
}

export function LoginForm({ texts, callbackUrl, initialError }: { texts: LoginTexts; callbackUrl: string; initialError: string | null }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(errorText(initialError, texts));
  const [missing, setMissing] = useState<{ username?: boolean; password?: boolean }>({});

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const username = String(data.get('username') ?? '').trim();
    const password = String(data.get('password') ?? '');
    const empty = { username: !username, password: !password };
    setMissing(empty);
    if (empty.username || empty.password) return;
    setPending(true);
    setError(null);
    const result = await signIn('credentials', { username, password, redirect: false });
    if (result?.ok && !result.error) {
      router.replace(callbackUrl);
      router.refresh();
      return;
    }
    setPending(false);
    setError(errorText(result?.error ?? 'INVALID', texts));
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {error && <Alert tone="error">{error}</Alert>}
      <div>
        <label htmlFor="username" className="mb-1 block text-sm font-medium">
          {texts.username}
        </label>
        <input
          id="username"
          name="username"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          aria-invalid={missing.username || undefined}
          aria-describedby={missing.username ? 'username-error' : undefined}
          className="block w-full rounded-md border border-slate-300 px-3 py-2 text-base"
        />
        {missing.username && (
          <p id="username-error" className="mt-1 text-sm text-red-700">
            {texts.required}
          </p>
        )}
      </div>
      <div>
        <label htmlFor="password" className="mb-1 block text-sm font-medium">
          {texts.password}
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          aria-invalid={missing.password || undefined}
          aria-describedby={missing.password ? 'password-error' : undefined}
          className="block w-full rounded-md border border-slate-300 px-3 py-2 text-base"
        />
        {missing.password && (
          <p id="password-error" className="mt-1 text-sm text-red-700">
            {texts.required}
          </p>
        )}
      </div>
      <button type="submit" disabled={pending} className={buttonClass('primary', 'w-full')}>
        {pending ? texts.submitting : texts.submit}
      </button>
    </form>
  );
}
