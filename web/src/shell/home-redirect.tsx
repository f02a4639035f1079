import { Navigate } from 'react-router';
import { NoOrganization } from './app-layout';
import { useCurrentSession } from './session-gate';

/** "/" opens the overview of the user's first organization. */
export function HomeRedirect() {
  const session = useCurrentSession();
  const first = session.organizations[0];
  return first ? <Navigate to={`/o/${first.slug}`} replace /> : <NoOrganization />;
}
