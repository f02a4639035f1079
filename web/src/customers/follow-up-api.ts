// What the customer page reads about a customer's follow-up: the summary (procedure,
// coming days, holds, open records) and the full lists of promises and plans.
import { useQuery } from '@tanstack/react-query';
import type { CustomerFollowUp, PaymentPlan, PromiseToPay } from '../../../src/http/contract';
import { apiRequest } from '../api/client';
import { orgPath } from '../api/organizations';

const customerPath = (org: string, customerId: string) => `${orgPath(org)}/customers/${encodeURIComponent(customerId)}`;

export function useCustomerFollowUp(org: string, customerId: string) {
  return useQuery({
    queryKey: ['org', org, 'follow-up', customerId],
    queryFn: () => apiRequest<CustomerFollowUp>('GET', `${customerPath(org, customerId)}/follow-up`),
  });
}

export function useCustomerPromises(org: string, customerId: string) {
  return useQuery({
    queryKey: ['org', org, 'promises', customerId],
    queryFn: () => apiRequest<PromiseToPay[]>('GET', `${customerPath(org, customerId)}/promises`),
  });
}

export function useCustomerPaymentPlans(org: string, customerId: string) {
  return useQuery({
    queryKey: ['org', org, 'payment-plans', customerId],
    queryFn: () => apiRequest<PaymentPlan[]>('GET', `${customerPath(org, customerId)}/payment-plans`),
  });
}
