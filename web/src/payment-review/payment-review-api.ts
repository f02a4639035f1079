// The imported statement lines as the review screen asks for them, and what a person
// does with one: match it to invoices, undo an allocation made by mistake, allocate
// what a payment has left. Each changes the lists, the counts, the invoices and the
// customers' follow-up, so the whole organization's cache is refreshed.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Allocation, StatementLine, StatementLineCounts } from '../../../src/http/contract';
import { apiRequest, queryString } from '../api/client';
import { orgPath } from '../api/organizations';
import { lineOffset, linesPerPage, type ReviewPlace } from './review-paths';

const linesPath = (org: string) => `${orgPath(org)}/statement-lines`;

/** One page of one list, newest first. */
export function useStatementLines(org: string, { status, page }: ReviewPlace) {
  return useQuery({
    queryKey: ['org', org, 'statement-lines', status, page],
    queryFn: ({ signal }) =>
      apiRequest<StatementLine[]>('GET', `${linesPath(org)}${queryString({ status, limit: linesPerPage, offset: lineOffset(page) })}`, { signal }),
    // Another page of the same list keeps the lines in view until it comes; another
    // list does not, so no line is shown under a status it does not have.
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[3] === status ? previous : undefined),
  });
}

/** Lines per status; `enabled` is false while the organization is not known to be the user's. */
export function useStatementLineCounts(org: string, enabled = true) {
  return useQuery({
    queryKey: ['org', org, 'statement-lines', 'counts'],
    queryFn: ({ signal }) => apiRequest<StatementLineCounts>('GET', `${linesPath(org)}/counts`, { signal }),
    enabled,
  });
}

export type LineMatch = { lineId: string; allocations: { invoiceId: string; amountMinor: number }[] };

/**
 * Matches a waiting line to invoices. `onMatched` is told before the lists reload: by
 * the time a call of mutate() would hear back, the line has left the queue.
 */
export function useMatchStatementLine(org: string, onMatched?: (match: LineMatch) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ lineId, allocations }: LineMatch) =>
      apiRequest<{ paymentId: string; allocationIds: string[] }>('POST', `${linesPath(org)}/${encodeURIComponent(lineId)}/match`, {
        json: { allocations },
      }),
    onSuccess: (_done, match) => {
      onMatched?.(match);
      return queryClient.invalidateQueries({ queryKey: ['org', org] });
    },
  });
}

export type PaymentAllocation = { paymentId: string; invoiceId: string; amountMinor: number };

/** Allocates what a matched line's payment has left (after an undo, say) to one invoice. */
export function useAllocatePayment(org: string, onAllocated?: (allocation: PaymentAllocation) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (allocation: PaymentAllocation) => apiRequest<Allocation>('POST', `${orgPath(org)}/allocations`, { json: allocation }),
    onSuccess: (_done, allocation) => {
      onAllocated?.(allocation);
      return queryClient.invalidateQueries({ queryKey: ['org', org] });
    },
  });
}

/** Undoes one allocation: the invoice is owed again and the money stays on the payment. */
export function useUndoAllocation(org: string, onUndone?: (allocationId: string) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (allocationId: string) => apiRequest<void>('DELETE', `${orgPath(org)}/allocations/${encodeURIComponent(allocationId)}`),
    onSuccess: (_done, allocationId) => {
      onUndone?.(allocationId);
      return queryClient.invalidateQueries({ queryKey: ['org', org] });
    },
  });
}
