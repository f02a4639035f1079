// Who is asking and what they may do. A session cookie or a bearer token names the
// principal; for routes under /orgs/:org the organization is resolved from its slug
// and the principal's role there is checked against the permission the route needs.
import type {} from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../app/actor';
import { authenticateApiToken, authenticateSession, type Principal } from '../app/authenticate';
import { dateInZone } from '../domain/dates';
import { findMembershipRole } from '../store/memberships';
import { findOrganizationBySlug } from '../store/organizations';
import type { ServerContext } from './context';
import type { Role } from './contract';
import { sendProblem } from './problems';

/** What a route needs: read, record timeline entries, write the ledger, or administer. */
export type Permission = 'read' | 'record' | 'write' | 'admin';

const permissionsOf: Record<Role, readonly Permission[]> = {
  viewer: ['read'],
  account_owner: ['read', 'record'],
  collector: ['read', 'record', 'write'],
  admin: ['read', 'record', 'write', 'admin'],
};

/** True when the role allows the permission. */
export function roleAllows(role: Role, permission: Permission): boolean {
  return permissionsOf[role].includes(permission);
}

/** The organization a request works in, and as whom. */
export type OrgContext = {
  id: string;
  slug: string;
  timeZone: string;
  baseCurrency: string;
  role: Role;
  actor: Actor;
  /** The organization's calendar day now: the default `asOf`. */
  today: string;
  /** Where new ledger records say they came from. */
  source: 'manual' | 'api';
};

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
    orgContext: OrgContext | null;
  }
  interface FastifyContextConfig {
    permission?: Permission;
  }
}

export const sessionCookie = 'duly_session';

/** Reads the session cookie or bearer token of every request; a bad bearer token is refused at once. */
export function registerAuthentication(app: FastifyInstance, context: ServerContext): void {
  app.decorateRequest('principal', null);
  app.decorateRequest('orgContext', null);
  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/api/')) return;
    const header = request.headers.authorization;
    if (header !== undefined) {
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      const principal = match ? await authenticateApiToken(context.db, match[1]!, context.clock()) : null;
      if (!principal) return sendProblem(reply, { ok: false, code: 'unauthenticated', message: 'unknown or revoked API token' });
      request.principal = principal;
      return;
    }
    const token = request.cookies[sessionCookie];
    if (token) request.principal = await authenticateSession(context.db, token, context.clock());
  });
}

/** The signed-in user of a browser session, or a 401 problem sent. */
export function requireSessionUser(request: FastifyRequest, reply: FastifyReply): string | null {
  const principal = request.principal;
  if (principal?.kind === 'session') return principal.userId;
  sendProblem(reply, {
    ok: false,
    code: principal ? 'forbidden' : 'unauthenticated',
    message: principal ? 'this needs a signed-in user, not an API token' : 'sign in first',
  });
  return null;
}

/**
 * The guard of every route under /orgs/:org: an organization the principal does not
 * belong to is answered as if it did not exist; a role short of the route's
 * permission (admin when the route names none) is forbidden.
 */
export function guardOrganization(context: ServerContext) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const principal = request.principal;
    if (!principal) return sendProblem(reply, { ok: false, code: 'unauthenticated', message: 'sign in first' });
    const slug = (request.params as { org?: string }).org ?? '';
    const org = await findOrganizationBySlug(context.db, slug);
    const role =
      org === null
        ? null
        : principal.kind === 'token'
          ? principal.orgId === org.id
            ? principal.role
            : null
          : await findMembershipRole(context.db, org.id, principal.userId);
    if (!org || !role) return sendProblem(reply, { ok: false, code: 'not_found', message: `no organization "${slug}" of yours` });
    const permission = request.routeOptions.config.permission ?? 'admin';
    if (!roleAllows(role, permission)) {
      return sendProblem(reply, { ok: false, code: 'forbidden', message: `the ${role} role may not do this (needs ${permission})` });
    }
    request.orgContext = {
      id: org.id,
      slug: org.slug,
      timeZone: org.timeZone,
      baseCurrency: org.baseCurrency,
      role,
      actor: principal.kind === 'token' ? { userId: null, via: 'token' } : { userId: principal.userId, via: 'session' },
      today: dateInZone(context.clock(), org.timeZone),
      source: principal.kind === 'token' ? 'api' : 'manual',
    };
  };
}

/** The organization context the guard set; routes under /orgs/:org always have one. */
export function orgOf(request: FastifyRequest): OrgContext {
  if (!request.orgContext) throw new Error('organization route without the organization guard');
  return request.orgContext;
}
