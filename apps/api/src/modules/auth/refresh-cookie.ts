import type { FastifyReply, FastifyRequest } from 'fastify';

export const REFRESH_COOKIE = 'congxa_refresh';
const PATH = '/api/v1/auth';

/** The refresh token travels only in an httpOnly, SameSite=Strict cookie scoped to the auth routes. */
export function setRefreshCookie(req: FastifyRequest, reply: FastifyReply, token: string, ttlDays: number): void {
  void reply.setCookie(REFRESH_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: req.protocol === 'https',
    path: PATH,
    maxAge: ttlDays * 86_400,
  });
}

export function clearRefreshCookie(reply: FastifyReply): void {
  void reply.clearCookie(REFRESH_COOKIE, { path: PATH, httpOnly: true, sameSite: 'strict' });
}

export function readRefreshCookie(req: FastifyRequest): string | undefined {
  return req.cookies?.[REFRESH_COOKIE];
}
