// The procedures of an organization as the web app asks for them: the list, one
// procedure's versions, saving a new version, importing a file, and export links.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ProcedureDetail,
  ProcedureSummary,
  ProcedureVersionInput,
  ProcedureVersionView,
} from '../../../src/http/contract';
import { apiRequest, queryString } from '../api/client';
import { orgPath } from '../api/organizations';

const proceduresPath = (org: string) => `${orgPath(org)}/procedures`;
const procedurePath = (org: string, key: string) => `${proceduresPath(org)}/${encodeURIComponent(key)}`;

export function useProcedures(org: string) {
  return useQuery({
    queryKey: ['org', org, 'procedures'],
    queryFn: () => apiRequest<ProcedureSummary[]>('GET', proceduresPath(org)),
  });
}

export function useProcedure(org: string, key: string) {
  return useQuery({
    queryKey: ['org', org, 'procedure', key],
    queryFn: () => apiRequest<ProcedureDetail>('GET', procedurePath(org, key)),
  });
}

/** Saves the draft as the procedure's next version; problems come back by field path. */
export function useSaveProcedureVersion(org: string, key: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (draft: ProcedureVersionInput) => apiRequest<ProcedureVersionView>('POST', `${procedurePath(org, key)}/versions`, { json: draft }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['org', org] }),
  });
}

export type ProcedureImport = { file: File; effectiveFrom?: string };

/** Uploads a YAML or JSON procedure file as the next version of its procedure. */
export function useImportProcedure(org: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, effectiveFrom }: ProcedureImport) => {
      const form = new FormData();
      form.append('file', file, file.name);
      if (effectiveFrom) form.append('effectiveFrom', effectiveFrom);
      return apiRequest<ProcedureVersionView>('POST', `${proceduresPath(org)}/import`, { form });
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['org', org] }),
  });
}

/** Where the browser downloads a version as YAML or JSON (the session cookie goes along). */
export function procedureExportUrl(org: string, key: string, format: 'yaml' | 'json', version?: number): string {
  return `${procedurePath(org, key)}/export${queryString({ format, version })}`;
}
