import NextAuth from 'next-auth';
import { authOptions } from '@/lib/auth/options';

// next-auth's own routes (sign-in, sign-out, csrf, session) carry its double-submit CSRF token.
const handler = NextAuth(authOptions);
export { handler as GET, handler as POST };
