// The one place where expected failures and validation errors become HTTP answers:
// application/problem+json (RFC 9457) with the error code and the fields concerned.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { ErrorCode, Failure, Issue } from '../app/errors';
import type { Problem } from './contract';

/** The HTTP status of each error code. */
export const statusOfCode: Record<ErrorCode, number> = {
  invalid_input: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  ledger_rule: 422,
};

const titles: Record<ErrorCode, string> = {
  invalid_input: 'The request has invalid fields',
  unauthenticated: 'Not signed in',
  forbidden: 'Not allowed for your role',
  not_found: 'Not found',
  conflict: 'Conflicts with what exists',
  ledger_rule: 'Breaks a ledger rule',
};

export const problemContentType = 'application/problem+json; charset=utf-8';

// Use cases name fields of their input; over HTTP that input is the request body.
// Fields of an imported file (issues with a file) stay as they are.
const requestParts = ['body.', 'query.', 'params.', 'headers.'];
const inRequest = (issue: Issue): Issue =>
  issue.field === undefined || issue.file !== undefined || requestParts.some((part) => issue.field!.startsWith(part))
    ? issue
    : { ...issue, field: `body.${issue.field}` };

/** The problem document of a failure. */
export function problemOf(failure: Failure, status = statusOfCode[failure.code]): Problem {
  return {
    type: `urn:duly:problem:${failure.code}`,
    title: titles[failure.code],
    status,
    detail: failure.message,
    code: failure.code,
    ...(failure.issues ? { issues: failure.issues.map(inRequest) } : {}),
  };
}

/** Answers with the failure as problem+json; extra members (e.g. an import report) go along. */
export function sendProblem(
  reply: FastifyReply,
  failure: Failure,
  extra: Record<string, unknown> = {},
  status = statusOfCode[failure.code],
): FastifyReply {
  const problem = problemOf(failure, status);
  return reply.code(problem.status).type(problemContentType).send({ ...problem, ...extra });
}

/** A 404 problem saying what was not found. */
export function sendNotFound(reply: FastifyReply, what: string): FastifyReply {
  return sendProblem(reply, { ok: false, code: 'not_found', message: `no such ${what}` });
}

const validationPart: Record<string, string> = { querystring: 'query', body: 'body', params: 'params', headers: 'headers' };

/** Turns every error that reaches Fastify into problem+json; unexpected ones are logged and hidden. */
export function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (hasZodFastifySchemaValidationErrors(error)) {
    const part = validationPart[error.validationContext ?? 'body'] ?? 'body';
    const issues = error.validation.map((item) => {
      const path = item.instancePath.split('/').filter(Boolean).join('.');
      return { field: path ? `${part}.${path}` : part, message: item.message ?? 'invalid' };
    });
    return sendProblem(reply, {
      ok: false,
      code: 'invalid_input',
      message: issues.map((issue) => `${issue.field}: ${issue.message}`).join('; '),
      issues,
    });
  }
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    const code: ErrorCode = status === 404 ? 'not_found' : status === 401 ? 'unauthenticated' : status === 403 ? 'forbidden' : 'invalid_input';
    const problem = problemOf({ ok: false, code, message: error.message }, status);
    return reply.code(status).type(problemContentType).send(problem);
  }
  request.log.error({ err: error }, 'request failed');
  return reply
    .code(500)
    .type(problemContentType)
    .send({ type: 'urn:duly:problem:internal', title: 'Internal error', status: 500, code: 'internal', detail: 'something went wrong on our side' });
}
