import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { db } from '@/lib/db';
import { attemptSignIn } from './sign-in';
import { clientAddress } from '@/lib/http/client-address';

/** Sign-ins last this long (the `auth.sessionHours` setting's default); the database check ends them sooner. */
const SESSION_SECONDS = 8 * 60 * 60;

export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: 'jwt', maxAge: SESSION_SECONDS, updateAge: 15 * 60 },
  jwt: { maxAge: SESSION_SECONDS },
  pages: { signIn: '/login', error: '/login' },
  providers: [
    CredentialsProvider({
      name: 'credentials',
      credentials: { username: { type: 'text' }, password: { type: 'password' } },
      async authorize(credentials, req) {
        const username = typeof credentials?.username === 'string' ? credentials.username : '';
        const password = typeof credentials?.password === 'string' ? credentials.password : '';
        if (!username || !password) throw new Error('INVALID');
        const result = await attemptSignIn(db, username, password, clientAddress(req.headers ?? {}));
        if (!result.ok) throw new Error(result.reason === 'THROTTLED' ? `THROTTLED:${result.retryAt.toISOString()}` : 'INVALID');
        return { id: String(result.user.id), name: result.user.displayName, sv: result.user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = Number(user.id);
        token.sv = (user as { sv?: number }).sv ?? 0;
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, uid: token.uid, sv: token.sv };
    },
  },
};
