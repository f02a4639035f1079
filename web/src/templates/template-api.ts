// Message templates as the web app asks for them: the list, one template, saving the
// organization's own text, resetting it to the shipped one, and a preview for a real
// customer (of the stored text or of the draft being edited).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { RenderedMessageView, SavedTemplate, TemplateDetail, TemplateSummary } from '../../../src/http/contract';
import { apiRequest } from '../api/client';
import { orgPath } from '../api/organizations';

/** Where one template lives: its key, the language it speaks and the channel it goes out on. */
export type TemplateAddress = { templateKey: string; language: string; channel: string };
export type TemplateDraft = { subject: string; html: string; text: string };

const templatesPath = (org: string) => `${orgPath(org)}/templates`;
const templatePath = (org: string, { templateKey, language, channel }: TemplateAddress) =>
  `${templatesPath(org)}/${encodeURIComponent(templateKey)}/${encodeURIComponent(language)}/${encodeURIComponent(channel)}`;
const templateQueryKey = (org: string, address: TemplateAddress) => ['org', org, 'template', address.templateKey, address.language, address.channel];

/** The editor's address of a template. */
export function templatePagePath(org: string, address: TemplateAddress): string {
  return `/o/${org}/templates/${encodeURIComponent(address.templateKey)}/${address.language}/${address.channel}`;
}

export function useTemplates(org: string) {
  return useQuery({
    queryKey: ['org', org, 'templates'],
    queryFn: ({ signal }) => apiRequest<TemplateSummary[]>('GET', templatesPath(org), { signal }),
  });
}

export function useTemplate(org: string, address: TemplateAddress) {
  return useQuery({
    queryKey: templateQueryKey(org, address),
    queryFn: ({ signal }) => apiRequest<TemplateDetail>('GET', templatePath(org, address), { signal }),
  });
}

/** Saves the draft as the organization's text; a refusal is an ApiError whose body may carry `toneFindings`. */
export function useSaveTemplate(org: string, address: TemplateAddress) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (draft: TemplateDraft) => apiRequest<SavedTemplate>('PUT', templatePath(org, address), { json: draft }),
    onSuccess: (saved) => {
      queryClient.setQueryData(templateQueryKey(org, address), saved);
      return queryClient.invalidateQueries({ queryKey: ['org', org, 'templates'] });
    },
  });
}

/** Drops the organization's text: the shipped one applies again. */
export function useResetTemplate(org: string, address: TemplateAddress) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest<void>('DELETE', templatePath(org, address)),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: templateQueryKey(org, address) }),
        queryClient.invalidateQueries({ queryKey: ['org', org, 'templates'] }),
      ]),
  });
}

/** Renders the draft for a customer's open invoices, as it would leave today. */
export function usePreviewTemplate(org: string, address: TemplateAddress) {
  return useMutation({
    mutationFn: ({ customerId, draft }: { customerId: string; draft: TemplateDraft }) =>
      apiRequest<RenderedMessageView>('POST', `${templatePath(org, address)}/preview`, { json: { customerId, draft } }),
  });
}
