// The organization's routing rules as the web app asks for them: the list by priority,
// and replacing it whole.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { RoutingRuleInput, RoutingRuleView } from '../../../src/http/contract';
import { apiRequest } from '../api/client';
import { orgPath } from '../api/organizations';

const routingRulesPath = (org: string) => `${orgPath(org)}/routing-rules`;

export function useRoutingRules(org: string) {
  return useQuery({
    queryKey: ['org', org, 'routing-rules'],
    queryFn: () => apiRequest<RoutingRuleView[]>('GET', routingRulesPath(org)),
  });
}

/** Replaces every rule; problems come back by field path ("rules.2.procedureKey"). */
export function useSaveRoutingRules(org: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (rules: RoutingRuleInput[]) => apiRequest<RoutingRuleView[]>('PUT', routingRulesPath(org), { json: { rules } }),
    // Every customer's procedure may change with the rules.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['org', org] }),
  });
}
