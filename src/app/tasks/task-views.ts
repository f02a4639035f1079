// Tasks as the queue shows them: the customer and the contact to call by name, the
// phone numbers to dial, invoices by number, and who is on it or closed it.
import type { CallScript } from '../../domain/messages/call-script';
import type { CallOutcome, Task } from '../../http/contract';
import type { Db } from '../../store/database';
import { isoInstant } from '../../store/instants';
import { invoiceNumbers, toInvoiceRefs, userNames, userRef } from '../../store/record-refs';
import { findTaskPeople } from '../../store/task-queue';
import type { TaskRow } from '../../store/tasks';

/** The tasks as the API shows them, in the order given. */
export async function toTaskViews(db: Db, orgId: string, rows: readonly TaskRow[]): Promise<Task[]> {
  const [people, numbers, users] = await Promise.all([
    findTaskPeople(db, orgId, rows),
    invoiceNumbers(db, orgId, rows.flatMap((r) => r.invoiceIds)),
    userNames(db, rows.flatMap((r) => [r.assignedUserId, r.completedByUserId])),
  ]);
  return rows.map((row) => {
    const contact = row.contactId ? people.contacts.get(row.contactId) : undefined;
    return {
      id: row.id,
      kind: row.kind,
      title: row.title,
      status: row.status,
      dueOn: row.dueOn,
      customer: { id: row.customerId, name: people.customerNames.get(row.customerId) ?? '' },
      contact: contact ? { id: contact.id, name: contact.name, phones: contact.phones } : null,
      invoices: toInvoiceRefs(row.invoiceIds, numbers),
      // Written by the sender from renderCallScript; internal tasks have none.
      script: (row.script ?? null) as CallScript | null,
      assignedTo: userRef(row.assignedUserId, users),
      actionId: row.actionId,
      outcome: (row.outcome ?? null) as CallOutcome | null,
      completedBy: userRef(row.completedByUserId, users),
      completedAt: row.completedAt ? isoInstant(row.completedAt) : null,
      createdAt: isoInstant(row.createdAt),
    };
  });
}
