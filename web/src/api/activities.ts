import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest, queryString } from './client';
import { orgPath } from './organizations';
import type { Activity, ActivityInput, Page } from './types';

const activitiesPath = (org: string, customerId: string) =>
  `${orgPath(org)}/customers/${encodeURIComponent(customerId)}/activities`;

/** The customer's timeline, newest first as the server orders it. */
export function useActivities(org: string, customerId: string, page: number, pageSize = 20) {
  return useQuery({
    queryKey: ['org', org, 'activities', customerId, page, pageSize],
    queryFn: () => apiRequest<Page<Activity>>('GET', `${activitiesPath(org, customerId)}${queryString({ page, pageSize })}`),
    placeholderData: keepPreviousData,
  });
}

/** Records a note or a logged call on the customer's timeline. */
export function useRecordActivity(org: string, customerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ActivityInput) => apiRequest<Activity>('POST', activitiesPath(org, customerId), { json: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['org', org, 'activities', customerId] }),
  });
}
