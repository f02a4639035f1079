// Tasks in the queue as the sender and the bounce handling raise them: a call task with
// the script renderCallScript writes (and the outbox action it carries out), an
// internal task without one.
import { renderCallScript } from '../../src/app/messages/render-call-script';
import type { Db } from '../../src/store/database';
import { insertTask, type TaskRow } from '../../src/store/tasks';
import { holdContact, type Debtor } from '../approvals/approval-fixtures';
import { expectOk } from '../ledger-fixtures';

/** A call task due on `dueOn` for the debtor's payables contact, raised for a stored createCallTask action. */
export async function addCallTask(
  db: Db,
  orgId: string,
  debtor: Debtor,
  options: { dueOn: string; today?: string; assignedUserId?: string | null; withAction?: boolean },
): Promise<TaskRow> {
  const script = expectOk(
    await renderCallScript(db, orgId, {
      customerId: debtor.customerId,
      contactId: debtor.contactId,
      addresseeRole: 'payables',
      templateKey: 'standard.payables-call',
      invoiceIds: debtor.invoiceIds,
      tone: 'firm',
      today: options.today ?? options.dueOn,
    }),
  );
  let actionId: string | null = null;
  if (options.withAction ?? true) {
    const ids = await holdContact(db, orgId, debtor, {
      channel: 'call',
      approval: 'none',
      stepKey: 'payables-call',
      templateKey: 'standard.payables-call',
      tone: 'firm',
      plannedFor: options.dueOn,
    });
    actionId = ids.createCallTask!;
  }
  const task = await insertTask(db, orgId, {
    customerId: debtor.customerId,
    kind: 'call',
    title: 'Zadzwoń w sprawie zaległych faktur',
    dueOn: options.dueOn,
    actionId,
    contactId: debtor.contactId,
    invoiceIds: debtor.invoiceIds,
    script,
    assignedUserId: options.assignedUserId ?? null,
  });
  if (!task) throw new Error('the call action of this customer and day has its task already');
  return task;
}

/** An internal task for the debtor, as a bounce raises it. */
export async function addInternalTask(db: Db, orgId: string, debtor: Debtor, dueOn: string): Promise<TaskRow> {
  const task = await insertTask(db, orgId, {
    customerId: debtor.customerId,
    kind: 'internal',
    title: 'Find a working e-mail address for Anna Księgowa',
    dueOn,
    contactId: debtor.contactId,
    invoiceIds: debtor.invoiceIds,
  });
  if (!task) throw new Error('the internal task was not stored');
  return task;
}
