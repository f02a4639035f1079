import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { buildServer } from '../../src/http/server';
import { describeEachDatabase } from '../databases';

describeEachDatabase('API: OpenAPI, reference page, web app', (database) => {
  it('serves an OpenAPI 3 document listing the routes', async () => {
    const app = await buildServer({ database: database() });
    const response = await app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const document = JSON.parse(response.body);
    expect(document.openapi).toMatch(/^3\./);
    const paths = Object.keys(document.paths);
    for (const path of [
      '/api/v1/auth/login', '/api/v1/setup', '/api/v1/orgs', '/api/v1/orgs/{org}/customers', '/api/v1/orgs/{org}/customers/{id}',
      '/api/v1/orgs/{org}/invoices', '/api/v1/orgs/{org}/invoices/{id}/write-off', '/api/v1/orgs/{org}/payments',
      '/api/v1/orgs/{org}/allocations', '/api/v1/orgs/{org}/credit-notes', '/api/v1/orgs/{org}/customers/{id}/activities',
      '/api/v1/orgs/{org}/customers/{id}/attachments', '/api/v1/orgs/{org}/overview', '/api/v1/orgs/{org}/imports/{kind}',
      '/api/v1/orgs/{org}/members', '/api/v1/orgs/{org}/api-tokens',
    ]) expect(paths, path).toContain(path);
    const list = document.paths['/api/v1/orgs/{org}/invoices'].get;
    expect(list.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['status', 'minDaysOverdue', 'dueFrom', 'sort']));
    expect(document.paths['/api/v1/orgs/{org}/invoices'].post.requestBody.content['application/json'].schema.required).toContain('grossTotalMinor');
    expect(paths.some((path) => path.startsWith('/api/docs'))).toBe(false);
    const docs = await app.inject({ method: 'GET', url: '/api/docs' });
    expect(docs.statusCode).toBeLessThan(400);
    const page = await app.inject({ method: 'GET', url: '/api/docs/' });
    expect(page.body).toContain('swagger');
    await app.close();
  });

  it('answers unknown API routes with a problem, and serves the web app with a fallback', async () => {
    const webRoot = mkdtempSync(join(tmpdir(), 'duly-web-'));
    try {
      writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>Duly</title>');
      writeFileSync(join(webRoot, 'app.js'), 'console.log(1)');
      const app = await buildServer({ database: database(), webRoot });
      const unknown = await app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
      expect(unknown.statusCode).toBe(404);
      expect(unknown.headers['content-type']).toContain('application/problem+json');
      expect(unknown.json()).toMatchObject({ code: 'not_found', status: 404 });
      expect((await app.inject({ method: 'GET', url: '/' })).body).toContain('<title>Duly</title>');
      expect((await app.inject({ method: 'GET', url: '/customers/123?tab=timeline' })).body).toContain('<title>Duly</title>');
      const asset = await app.inject({ method: 'GET', url: '/app.js' });
      expect(asset.body).toBe('console.log(1)');
      expect((await app.inject({ method: 'POST', url: '/somewhere' })).statusCode).toBe(404);
      await app.close();
    } finally {
      rmSync(webRoot, { recursive: true, force: true });
    }
  });
});
