import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest, queryString } from './client';
import { orgPath } from './organizations';
import type { CustomerDetail, CustomerListItem, CustomerListQuery, Page } from './types';

export function useCustomers(org: string, query: CustomerListQuery) {
  return useQuery({
    queryKey: ['org', org, 'customers', query],
    queryFn: ({ signal }) =>
      apiRequest<Page<CustomerListItem>>('GET', `${orgPath(org)}/customers${queryString(query)}`, { signal }),
    // The old page stays on screen while the next one loads, so the table does not jump.
    placeholderData: keepPreviousData,
  });
}

export function useCustomer(org: string, customerId: string) {
  return useQuery({
    queryKey: ['org', org, 'customer', customerId],
    queryFn: () => apiRequest<CustomerDetail>('GET', `${orgPath(org)}/customers/${encodeURIComponent(customerId)}`),
  });
}

/** Every segment in use in the organization, for the segment filter. */
export function useSegments(org: string) {
  return useQuery({
    queryKey: ['org', org, 'segments'],
    queryFn: ({ signal }) => apiRequest<{ segments: string[] }>('GET', `${orgPath(org)}/segments`, { signal }),
    select: (data) => data.segments,
  });
}

/** Every tag customers of the organization carry, to choose from. */
export function useCustomerTags(org: string) {
  return useQuery({
    queryKey: ['org', org, 'tags'],
    queryFn: ({ signal }) => apiRequest<{ tags: string[] }>('GET', `${orgPath(org)}/tags`, { signal }),
    select: (data) => data.tags,
  });
}
