// `--org SLUG` is optional while there is a single organization.
import { fail, ok, type Result } from '../app/errors';
import type { Db } from '../store/database';
import { findOrganizationBySlug, listOrganizations } from '../store/organizations';

export type OrgRef = { id: string; slug: string; baseCurrency: string; country: string; timeZone: string };

export async function resolveOrg(db: Db, slug: string | undefined): Promise<Result<OrgRef>> {
  if (slug) {
    const org = await findOrganizationBySlug(db, slug);
    return org ? ok(org) : fail('not_found', `no organization with the slug "${slug}"`);
  }
  const all = await listOrganizations(db);
  if (all.length === 1) return ok(all[0]!);
  if (all.length === 0) {
    return fail('not_found', 'there is no organization yet: create one with `duly org add` or `duly demo`');
  }
  return fail(
    'invalid_input',
    `several organizations exist, choose one with --org: ${all.map((o) => o.slug).join(', ')}`,
  );
}
