// Every address of the workspace. Pages load on first visit, so the first screen
// does not wait for the chart library or the import tools.
import { lazy, Suspense, type ReactNode } from 'react';
import { Route, Routes, useLocation } from 'react-router';
import { ErrorBoundary } from './components/error-boundary';
import { PageLoader } from './components/query-state';
import { NotFoundPage } from './not-found-page';
import { AppLayout } from './shell/app-layout';
import { HomeRedirect } from './shell/home-redirect';
import { SessionGate } from './shell/session-gate';

const LoginPage = lazy(() => import('./auth/login-page').then((m) => ({ default: m.LoginPage })));
const SetupPage = lazy(() => import('./auth/setup-page').then((m) => ({ default: m.SetupPage })));
const OverviewPage = lazy(() => import('./overview/overview-page').then((m) => ({ default: m.OverviewPage })));
const CustomersPage = lazy(() => import('./customers/customers-page').then((m) => ({ default: m.CustomersPage })));
const CustomerPage = lazy(() => import('./customers/customer-page').then((m) => ({ default: m.CustomerPage })));
const InvoicePage = lazy(() => import('./invoices/invoice-page').then((m) => ({ default: m.InvoicePage })));
const ImportPage = lazy(() => import('./import/import-page').then((m) => ({ default: m.ImportPage })));
const ProceduresPage = lazy(() => import('./procedures/procedures-page').then((m) => ({ default: m.ProceduresPage })));
const ProcedurePage = lazy(() => import('./procedures/procedure-page').then((m) => ({ default: m.ProcedurePage })));
const RoutingRulesPage = lazy(() => import('./procedures/routing-rules-page').then((m) => ({ default: m.RoutingRulesPage })));
const TemplatesPage = lazy(() => import('./templates/templates-page').then((m) => ({ default: m.TemplatesPage })));
const TemplatePage = lazy(() => import('./templates/template-page').then((m) => ({ default: m.TemplatePage })));
const MailPage = lazy(() => import('./mail/mail-page').then((m) => ({ default: m.MailPage })));
const ApprovalsPage = lazy(() => import('./approvals/approvals-page').then((m) => ({ default: m.ApprovalsPage })));
const CallQueuePage = lazy(() => import('./calls/call-queue-page').then((m) => ({ default: m.CallQueuePage })));
const PaymentReviewPage = lazy(() => import('./payment-review/payment-review-page').then((m) => ({ default: m.PaymentReviewPage })));

function Page({ children }: { children: ReactNode }) {
  const location = useLocation();
  return (
    <ErrorBoundary resetKey={location.pathname}>
      <Suspense fallback={<PageLoader />}>{children}</Suspense>
    </ErrorBoundary>
  );
}

const page = (element: ReactNode) => <Page>{element}</Page>;

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={page(<LoginPage />)} />
      <Route path="/setup" element={page(<SetupPage />)} />
      <Route
        path="/"
        element={
          <SessionGate>
            <HomeRedirect />
          </SessionGate>
        }
      />
      <Route
        path="/o/:org"
        element={
          <SessionGate>
            <AppLayout />
          </SessionGate>
        }
      >
        <Route index element={page(<OverviewPage />)} />
        <Route path="customers" element={page(<CustomersPage />)} />
        <Route path="customers/:customerId" element={page(<CustomerPage />)} />
        <Route path="invoices/:invoiceId" element={page(<InvoicePage />)} />
        <Route path="import" element={page(<ImportPage />)} />
        <Route path="procedures" element={page(<ProceduresPage />)} />
        <Route path="procedures/:procedureKey" element={page(<ProcedurePage />)} />
        <Route path="routing-rules" element={page(<RoutingRulesPage />)} />
        <Route path="templates" element={page(<TemplatesPage />)} />
        <Route path="templates/:templateKey/:language/:channel" element={page(<TemplatePage />)} />
        <Route path="mail" element={page(<MailPage />)} />
        <Route path="mail/:mailId" element={page(<MailPage />)} />
        <Route path="approvals" element={page(<ApprovalsPage />)} />
        <Route path="calls" element={page(<CallQueuePage />)} />
        <Route path="payment-review" element={page(<PaymentReviewPage />)} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
