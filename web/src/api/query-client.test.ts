import { describe, expect, it } from 'vitest';
import { ApiError } from './client';
import { createQueryClient } from './query-client';
import { sessionKey } from './session';

const session = { user: { id: 'u', email: 'a@b.pl', name: 'A', language: 'pl' }, organizations: [] };

describe('createQueryClient', () => {
  it('forgets the session when any query answers 401', async () => {
    const client = createQueryClient();
    client.setQueryData(sessionKey, session);
    await client
      .fetchQuery({ queryKey: ['org', 'acme', 'overview'], queryFn: () => Promise.reject(new ApiError(401, {})) })
      .catch(() => undefined);
    expect(client.getQueryData(sessionKey)).toBeNull();
  });

  it('keeps the session on other errors and does not retry them', async () => {
    const client = createQueryClient();
    client.setQueryData(sessionKey, session);
    let calls = 0;
    await client
      .fetchQuery({
        queryKey: ['x'],
        queryFn: () => {
          calls += 1;
          return Promise.reject(new ApiError(404, {}));
        },
        retry: client.getDefaultOptions().queries?.retry,
      })
      .catch(() => undefined);
    expect(calls).toBe(1);
    expect(client.getQueryData(sessionKey)).toEqual(session);
  });
});
