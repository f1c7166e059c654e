/** The names next-auth gives the session cookie: with the __Secure- prefix when served over https. */
export const SESSION_COOKIES = ['__Secure-next-auth.session-token', 'next-auth.session-token'] as const;
