// The local mail catcher as the web app asks for it: a page of caught e-mail, one
// message whole, and where the browser fetches an attachment.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { CaughtMail, CaughtMailSummary } from '../../../src/http/contract';
import { apiRequest, queryString } from '../api/client';
import { orgPath } from '../api/organizations';
import type { Page } from '../api/types';

const mailPath = (org: string) => `${orgPath(org)}/caught-mail`;

export function useCaughtMailList(org: string, page: number, pageSize: number) {
  return useQuery({
    queryKey: ['org', org, 'caught-mail', page, pageSize],
    queryFn: ({ signal }) => apiRequest<Page<CaughtMailSummary>>('GET', `${mailPath(org)}${queryString({ page, pageSize })}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

/** Whether anything was caught: the navigation offers the mailbox only then. */
export function useHasCaughtMail(org: string, enabled = true) {
  return useQuery({
    enabled,
    queryKey: ['org', org, 'caught-mail', 1, 1],
    queryFn: ({ signal }) => apiRequest<Page<CaughtMailSummary>>('GET', `${mailPath(org)}${queryString({ page: 1, pageSize: 1 })}`, { signal }),
    select: (found) => found.total > 0,
    staleTime: 60_000,
  });
}

export function useCaughtMail(org: string, id: string | null) {
  return useQuery({
    queryKey: ['org', org, 'caught-mail-message', id],
    queryFn: ({ signal }) => apiRequest<CaughtMail>('GET', `${mailPath(org)}/${encodeURIComponent(id!)}`, { signal }),
    enabled: id !== null,
  });
}

/** Where an attachment is fetched from, by its place in the message (the session cookie goes along). */
export function caughtMailAttachmentUrl(org: string, id: string, index: number): string {
  return `${mailPath(org)}/${encodeURIComponent(id)}/attachments/${index}`;
}
