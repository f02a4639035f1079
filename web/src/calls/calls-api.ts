// The call queue as the web app asks for it: the calls due by today, and recording
// what a call came to (which also lands on the customer's timeline, with its promise).
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Task, TaskCompletion, TaskList } from '../../../src/http/contract';
import { apiRequest, queryString } from '../api/client';
import { orgPath } from '../api/organizations';

const tasksPath = (org: string) => `${orgPath(org)}/tasks`;

/** Open call tasks due today (the organization's) or earlier, the earliest first. */
export function useDueCalls(org: string, page: number, pageSize = 20) {
  return useQuery({
    queryKey: ['org', org, 'tasks', 'calls', page, pageSize],
    queryFn: () => apiRequest<TaskList>('GET', `${tasksPath(org)}${queryString({ kind: 'call', dueOnOrBefore: 'today', page, pageSize })}`),
    placeholderData: keepPreviousData,
  });
}

/**
 * Marks a call done with its outcome and note (and the promise it came to, recorded in the
 * same step); `onSaved` is told what was sent before the queue reloads (and the call leaves it).
 */
export function useCompleteTask(org: string, onSaved?: (task: Task, completion: TaskCompletion) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ taskId, ...input }: TaskCompletion & { taskId: string }) =>
      apiRequest<Task>('POST', `${tasksPath(org)}/${encodeURIComponent(taskId)}/complete`, { json: input }),
    onSuccess: (task, { taskId: _, ...completion }) => {
      onSaved?.(task, completion);
      return queryClient.invalidateQueries({ queryKey: ['org', org] });
    },
  });
}
