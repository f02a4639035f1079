// The one door to the API: same-origin JSON with the session cookie, and every
// problem+json answer turned into an ApiError that keeps the issues and the body.
import type { Problem } from '../../../src/http/contract';

export type ApiIssue = NonNullable<Problem['issues']>[number];

/** A non-2xx answer of the API, with the problem's code and the fields it names. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly issues: ApiIssue[];
  /** The whole problem body, for extensions such as an import's `report`. */
  readonly body: Record<string, unknown>;

  constructor(status: number, body: Record<string, unknown>) {
    const title = typeof body.title === 'string' ? body.title : `HTTP ${status}`;
    const detail = typeof body.detail === 'string' ? body.detail : undefined;
    super(detail ?? title);
    this.name = 'ApiError';
    this.status = status;
    this.code = typeof body.code === 'string' ? body.code : statusCode(status);
    this.issues = Array.isArray(body.issues) ? (body.issues as ApiIssue[]) : [];
    this.body = body;
  }
}

function statusCode(status: number): string {
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 409) return 'conflict';
  if (status === 422 || status === 400) return 'invalid_input';
  return 'server_error';
}

export type QueryValue = string | number | boolean | undefined | null;

/** A query string of the defined, non-empty values: { a: 1, b: undefined } → "?a=1". */
export function queryString(params: Record<string, QueryValue>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

type RequestOptions = { json?: unknown; form?: FormData; signal?: AbortSignal };

/** Sends one request and returns the parsed JSON body (undefined for 204). */
export async function apiRequest<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
  let body: BodyInit | undefined;
  if (options.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.json);
  } else if (options.form) {
    body = options.form;
  }
  let response: Response;
  try {
    response = await fetch(path, { method, headers, body, credentials: 'same-origin', signal: options.signal });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, { code: 'network', title: 'network' });
  }
  const parsed = await readBody(response);
  if (!response.ok) {
    throw new ApiError(response.status, isRecord(parsed) ? parsed : { title: response.statusText });
  }
  return parsed as T;
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const text = await response.text();
  if (text === '') return undefined;
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('json')) {
    try {
      return JSON.parse(text);
    } catch {
      return { title: text };
    }
  }
  return { title: text };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The messages of an error keyed by field path ("organization.slug"), for showing
 * each next to its input. A leading "body" segment of the server's path is dropped.
 */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const byField: Record<string, string> = {};
  for (const issue of error.issues) {
    if (!issue.field) continue;
    const path = issue.field
      .replace(/[/[\]]+/g, '.')
      .replace(/\.{2,}/g, '.')
      .replace(/^\.|\.$/g, '')
      .replace(/^body\./, '');
    byField[path] ??= issue.message;
  }
  return byField;
}
