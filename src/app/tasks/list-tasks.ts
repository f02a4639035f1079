// The collectors' queue: tasks of the organization (open ones unless asked), the
// earliest due first, narrowed to calls or internal tasks, a last due day, a person.
import type { IsoDate } from '../../domain/dates';
import type { TaskList } from '../../http/contract';
import type { Db } from '../../store/database';
import { listTaskRows, type TaskFilter } from '../../store/task-queue';
import { toTaskViews } from './task-views';

export type TaskListOptions = Partial<Omit<TaskFilter, 'dueOnOrBefore'>> & {
  /** A day, or 'today' for the organization's today. */
  dueOnOrBefore?: IsoDate | 'today';
  page: number;
  pageSize: number;
};

/** One page of the queue as of `today` (which 'today' in the filter means). */
export async function listTasks(db: Db, orgId: string, options: TaskListOptions, today: IsoDate): Promise<TaskList> {
  const filter: TaskFilter = {
    status: options.status ?? 'open',
    ...(options.kind ? { kind: options.kind } : {}),
    ...(options.dueOnOrBefore ? { dueOnOrBefore: options.dueOnOrBefore === 'today' ? today : options.dueOnOrBefore } : {}),
    ...(options.assignedUserId ? { assignedUserId: options.assignedUserId } : {}),
  };
  const { rows, total } = await listTaskRows(db, orgId, filter, { limit: options.pageSize, offset: (options.page - 1) * options.pageSize });
  return { asOf: today, items: await toTaskViews(db, orgId, rows), total, page: options.page, pageSize: options.pageSize };
}
