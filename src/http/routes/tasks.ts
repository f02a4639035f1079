// The collectors' queue: open calls with their script and internal tasks, one task,
// and closing one with what the call came to, or cancelling it with a reason.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { cancelTask } from '../../app/tasks/cancel-task';
import { completeTask } from '../../app/tasks/complete-task';
import { listTasks } from '../../app/tasks/list-tasks';
import { showTask } from '../../app/tasks/show-task';
import { orgOf } from '../auth';
import type { ServerContext } from '../context';
import { task, taskCancellation, taskCompletion, taskList, taskListQuery } from '../contract';
import { sendProblem } from '../problems';
import { idParams, orgParams, problemResponses } from './shared-schemas';

const tags = ['tasks'];

export const taskRoutes: FastifyPluginAsyncZod<ServerContext> = async (app, { db, clock }) => {
  app.get(
    '/tasks',
    {
      config: { permission: 'read' },
      schema: {
        tags,
        summary:
          'The queue: open tasks unless asked, the earliest due first, with customer, contact and phone numbers, and a call\'s script (text, items, totals); dueOnOrBefore=today for what is due now',
        params: orgParams,
        querystring: taskListQuery,
        response: { 200: taskList, ...problemResponses },
      },
    },
    async (request) => {
      const org = orgOf(request);
      return listTasks(db, org.id, request.query, org.today);
    },
  );

  app.get(
    '/tasks/:id',
    {
      config: { permission: 'read' },
      schema: { tags, summary: 'One task with its script, contact and phone numbers', params: idParams, response: { 200: task, ...problemResponses } },
    },
    async (request, reply) => {
      const shown = await showTask(db, orgOf(request).id, request.params.id);
      return shown.ok ? shown.value : sendProblem(reply, shown);
    },
  );

  app.post(
    '/tasks/:id/complete',
    {
      config: { permission: 'record' },
      schema: {
        tags,
        summary:
          "Mark an open task done. A call needs its outcome and lands on the timeline as an outbound call with the note; the outbox action it carried out is done too. With the outcome reachedPromised a promise (day, amount, invoices) may come along: it is recorded with the call, and when it is refused (fields under promise.) the task stays open",
        params: idParams,
        body: taskCompletion,
        response: { 200: task, ...problemResponses },
      },
    },
    async (request, reply) => {
      const org = orgOf(request);
      const completed = await completeTask(db, org.id, request.params.id, request.body, org.actor, clock(), org.today);
      if (!completed.ok) return sendProblem(reply, completed);
      const shown = await showTask(db, org.id, completed.value.id);
      return shown.ok ? shown.value : sendProblem(reply, shown);
    },
  );

  app.post(
    '/tasks/:id/cancel',
    {
      config: { permission: 'record' },
      schema: {
        tags,
        summary: 'Cancel an open task with a reason, which goes on the timeline',
        params: idParams,
        body: taskCancellation,
        response: { 200: task, ...problemResponses },
      },
    },
    async (request, reply) => {
      const org = orgOf(request);
      const cancelled = await cancelTask(db, org.id, request.params.id, request.body, org.actor, clock());
      if (!cancelled.ok) return sendProblem(reply, cancelled);
      const shown = await showTask(db, org.id, cancelled.value.id);
      return shown.ok ? shown.value : sendProblem(reply, shown);
    },
  );
};
