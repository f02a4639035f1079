import { useQuery } from '@tanstack/react-query';
import { apiRequest } from './client';
import type { Organization, Overview } from './types';

/** Base path of an organization's resources. */
export const orgPath = (org: string) => `/api/v1/orgs/${encodeURIComponent(org)}`;

export function useOrganization(org: string) {
  return useQuery({
    queryKey: ['org', org],
    queryFn: () => apiRequest<Organization>('GET', orgPath(org)),
  });
}

export function useOverview(org: string) {
  return useQuery({
    queryKey: ['org', org, 'overview'],
    queryFn: () => apiRequest<Overview>('GET', `${orgPath(org)}/overview`),
  });
}
