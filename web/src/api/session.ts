import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, apiRequest } from './client';
import type { SessionInfo, SetupRequest } from './types';

export const sessionKey = ['session'] as const;

/** The signed-in user and their organizations; null when nobody is signed in. */
export function useSession() {
  return useQuery({
    queryKey: sessionKey,
    queryFn: async (): Promise<SessionInfo | null> => {
      try {
        return await apiRequest<SessionInfo>('GET', '/api/v1/auth/me');
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: 5 * 60_000,
  });
}

export function useSetupStatus() {
  return useQuery({
    queryKey: ['setup'],
    queryFn: () => apiRequest<{ needsSetup: boolean }>('GET', '/api/v1/setup'),
  });
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (credentials: { email: string; password: string }) =>
      apiRequest<SessionInfo>('POST', '/api/v1/auth/login', { json: credentials }),
    onSuccess: (session) => {
      queryClient.setQueryData(sessionKey, session);
    },
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest<void>('POST', '/api/v1/auth/logout'),
    onSettled: () => {
      // Nothing cached for one user may be shown to the next.
      queryClient.clear();
      queryClient.setQueryData(sessionKey, null);
    },
  });
}

export function useSetup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: SetupRequest) => apiRequest<SessionInfo>('POST', '/api/v1/setup', { json: request }),
    onSuccess: (session) => {
      queryClient.setQueryData(sessionKey, session);
      queryClient.setQueryData(['setup'], { needsSetup: false });
    },
  });
}
