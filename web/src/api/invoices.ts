import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest, queryString } from './client';
import { orgPath } from './organizations';
import type { Invoice, InvoiceDetail, InvoiceListQuery, Page, Payment } from './types';

export function useInvoices(org: string, query: InvoiceListQuery) {
  return useQuery({
    queryKey: ['org', org, 'invoices', query],
    queryFn: ({ signal }) =>
      apiRequest<Page<Invoice>>('GET', `${orgPath(org)}/invoices${queryString(query)}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useInvoice(org: string, invoiceId: string) {
  return useQuery({
    queryKey: ['org', org, 'invoice', invoiceId],
    queryFn: () => apiRequest<InvoiceDetail>('GET', `${orgPath(org)}/invoices/${encodeURIComponent(invoiceId)}`),
  });
}

export function usePayments(org: string, query: { customerId?: string; page?: number; pageSize?: number }) {
  return useQuery({
    queryKey: ['org', org, 'payments', query],
    queryFn: ({ signal }) =>
      apiRequest<Page<Payment>>('GET', `${orgPath(org)}/payments${queryString(query)}`, { signal }),
    placeholderData: keepPreviousData,
  });
}
