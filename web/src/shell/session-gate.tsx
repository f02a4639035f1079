// Pages behind sign-in get the session from here; a visitor without one is sent to
// the first-run setup when the installation is empty, else to the login form.
import { createContext, useContext, useEffect, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useSession, useSetupStatus } from '../api/session';
import type { SessionInfo } from '../api/types';
import { ErrorAlert, PageLoader } from '../components/query-state';
import { useAdoptUserLanguage } from './adopt-user-language';

const SessionContext = createContext<SessionInfo | null>(null);

/** The signed-in user's session; only for components rendered inside SessionGate. */
export function useCurrentSession(): SessionInfo {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useCurrentSession outside SessionGate');
  return session;
}

export function SessionGate({ children }: { children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  const adoptUserLanguage = useAdoptUserLanguage();
  useEffect(() => {
    if (session.data) adoptUserLanguage(session.data.user.language);
  }, [session.data, adoptUserLanguage]);

  if (session.isPending) return <PageLoader />;
  if (session.isError) return <ErrorAlert error={session.error} onRetry={() => void session.refetch()} />;
  if (!session.data) return <SignedOut next={location.pathname + location.search} />;
  return <SessionContext.Provider value={session.data}>{children}</SessionContext.Provider>;
}

function SignedOut({ next }: { next: string }) {
  const setup = useSetupStatus();
  if (setup.isPending) return <PageLoader />;
  if (setup.data?.needsSetup) return <Navigate to="/setup" replace />;
  const query = next && next !== '/' ? `?next=${encodeURIComponent(next)}` : '';
  return <Navigate to={`/login${query}`} replace />;
}
