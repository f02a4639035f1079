// The API's shapes as the web app sees them: types only, taken from the shared contract.
import type { z } from 'zod';
import type {
  activityInput,
  customerListQuery,
  invoiceListQuery,
  organization,
  setupRequest,
} from '../../../src/http/contract';

export type {
  Activity,
  Allocation,
  Balance,
  Contact,
  ContactRole,
  CreditNote,
  CustomerDetail,
  CustomerListItem,
  EInvoiceImportReport,
  ImportKind,
  ImportReport,
  Invoice,
  InvoiceDetail,
  InvoiceStatus,
  Overview,
  Payment,
  SessionInfo,
  StatementImportReport,
} from '../../../src/http/contract';

export type Page<T> = { items: T[]; total: number; page: number; pageSize: number };
export type Organization = z.infer<typeof organization>;
export type SetupRequest = z.input<typeof setupRequest>;
export type ActivityInput = z.input<typeof activityInput>;
export type CustomerListQuery = Partial<z.infer<typeof customerListQuery>>;
export type InvoiceListQuery = Partial<z.infer<typeof invoiceListQuery>>;
