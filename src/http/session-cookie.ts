// The browser session rides in an httpOnly, SameSite=Lax cookie: scripts cannot read
// it and other sites' forms do not send it.
import type {} from '@fastify/cookie';
import type { FastifyReply } from 'fastify';
import { sessionCookie } from './auth';

/** Sets the session cookie until the session expires. */
export function setSessionCookie(reply: FastifyReply, token: string, expiresAt: Date, secure: boolean): void {
  reply.setCookie(sessionCookie, token, { httpOnly: true, sameSite: 'lax', secure, path: '/', expires: expiresAt });
}

/** Removes the session cookie from the browser. */
export function clearSessionCookie(reply: FastifyReply, secure: boolean): void {
  reply.clearCookie(sessionCookie, { httpOnly: true, sameSite: 'lax', secure, path: '/' });
}
