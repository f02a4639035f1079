// The approvals list as the web app asks for it, and approving or rejecting one
// contact; either changes the list, the customer's timeline and its follow-up.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApprovalDecision, ApprovalList } from '../../../src/http/contract';
import { apiRequest, queryString } from '../api/client';
import { orgPath } from '../api/organizations';

const approvalsPath = (org: string) => `${orgPath(org)}/approvals`;

export function useApprovals(org: string, page: number, pageSize = 25) {
  return useQuery({
    queryKey: ['org', org, 'approvals', page, pageSize],
    queryFn: () => apiRequest<ApprovalList>('GET', `${approvalsPath(org)}${queryString({ page, pageSize })}`),
    placeholderData: keepPreviousData,
  });
}

export type ApprovalDecisionInput = { actionId: string; decision: 'approve' } | { actionId: string; decision: 'reject'; reason: string };

/**
 * Approves or rejects one waiting contact. `onDecided` is told before the list reloads:
 * the decided item's card is gone by the time a call of mutate() would hear back.
 */
export function useDecideApproval(org: string, onDecided?: (input: ApprovalDecisionInput) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ApprovalDecisionInput) =>
      input.decision === 'approve'
        ? apiRequest<ApprovalDecision>('POST', `${approvalsPath(org)}/${encodeURIComponent(input.actionId)}/approve`)
        : apiRequest<ApprovalDecision>('POST', `${approvalsPath(org)}/${encodeURIComponent(input.actionId)}/reject`, { json: { reason: input.reason } }),
    onSuccess: (_decision, input) => {
      onDecided?.(input);
      return queryClient.invalidateQueries({ queryKey: ['org', org] });
    },
  });
}
