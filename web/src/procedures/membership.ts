// What the signed-in user is in the organization a page belongs to: the role decides
// whether procedures may be changed; the base currency is the one of routing amounts.
import { useCurrentSession } from '../shell/session-gate';

export function useMembership(org: string) {
  const session = useCurrentSession();
  const membership = session.organizations.find((o) => o.slug === org);
  return {
    baseCurrency: membership?.baseCurrency ?? 'PLN',
    /** Collectors and administrators write procedures; others read them. */
    mayChangeProcedures: membership?.role === 'admin' || membership?.role === 'collector',
  };
}
