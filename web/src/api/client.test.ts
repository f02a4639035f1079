import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, apiRequest, fieldErrors, queryString } from './client';

describe('queryString', () => {
  it('keeps defined, non-empty values in order', () => {
    expect(queryString({ search: 'Kowal ski', page: 2, segment: '', tag: undefined, asOf: null })).toBe(
      '?search=Kowal+ski&page=2',
    );
  });

  it('is empty when nothing is set', () => {
    expect(queryString({ a: undefined })).toBe('');
  });
});

describe('apiRequest', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('sends JSON with the session cookie and returns the parsed body', async () => {
    const fetchMock = vi.fn(async () => Response.json({ needsSetup: true }));
    vi.stubGlobal('fetch', fetchMock);
    const result = await apiRequest<{ needsSetup: boolean }>('POST', '/api/v1/setup', { json: { a: 1 } });
    expect(result).toEqual({ needsSetup: true });
    const [path, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(path).toBe('/api/v1/setup');
    expect(init.credentials).toBe('same-origin');
    expect(init.body).toBe('{"a":1}');
    expect((init.headers as Record<string, string>)['content-type']).toBe('application/json');
  });

  it('turns problem+json into an ApiError with its issues and body', async () => {
    const problem = {
      type: 'about:blank',
      title: 'Invalid input',
      status: 422,
      code: 'invalid_input',
      issues: [{ field: 'organization.slug', message: 'taken' }],
      report: { created: 0 },
    };
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify(problem), { status: 422, headers: { 'content-type': 'application/problem+json' } })),
    );
    const error = await apiRequest('POST', '/api/v1/setup', { json: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.status).toBe(422);
    expect(apiError.code).toBe('invalid_input');
    expect(apiError.issues).toHaveLength(1);
    expect(apiError.body.report).toEqual({ created: 0 });
    expect(fieldErrors(apiError)).toEqual({ 'organization.slug': 'taken' });
  });

  it('names a code from the status when the body is not a problem', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('nope', { status: 401 })));
    const error = (await apiRequest('GET', '/api/v1/auth/me').catch((e: unknown) => e)) as ApiError;
    expect(error.code).toBe('unauthenticated');
    expect(error.status).toBe(401);
  });

  it('reports an unreachable server as a network error', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('failed to fetch'))));
    const error = (await apiRequest('GET', '/api/v1/auth/me').catch((e: unknown) => e)) as ApiError;
    expect(error.code).toBe('network');
    expect(error.status).toBe(0);
  });
});

describe('fieldErrors', () => {
  it('normalises slash and bracket paths and drops a body prefix', () => {
    const error = new ApiError(422, {
      code: 'invalid_input',
      issues: [
        { field: '/body/admin/email', message: 'bad e-mail' },
        { field: 'contacts[0].name', message: 'required' },
        { message: 'no field' },
      ],
    });
    expect(fieldErrors(error)).toEqual({ 'admin.email': 'bad e-mail', 'contacts.0.name': 'required' });
  });

  it('is empty for other errors', () => {
    expect(fieldErrors(new Error('x'))).toEqual({});
  });
});
