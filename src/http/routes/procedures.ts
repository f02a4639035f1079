// Procedures: the list with versions, one procedure's versions, a new version (checked
// by the procedure rules, problems named by field path), export as YAML or JSON, and
// import of such a file as a new version.
import type {} from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { exportProcedure } from '../../app/follow-up/export-procedure';
import { importProcedure } from '../../app/follow-up/import-procedure';
import type { ProcedureFormat } from '../../app/follow-up/procedure-document';
import { saveProcedure, type ProcedureDraft } from '../../app/follow-up/save-procedure';
import type { Failure } from '../../app/errors';
import { listProcedures, listProcedureVersions } from '../../store/procedures';
import { orgOf } from '../auth';
import type { ServerContext } from '../context';
import { procedureDetail, procedureExportQuery, procedureImportQuery, procedureSummary, procedureVersion, procedureVersionInput } from '../contract';
import { sendNotFound, sendProblem } from '../problems';
import { contentDisposition } from './attachments';
import { orgParams, problemResponses } from './shared-schemas';

const tags = ['procedures'];
const keyParams = orgParams.extend({ key: z.string().min(1).max(60).describe('the procedure key, e.g. standard') });

/** The largest procedure file taken: a procedure is a page of text, not a data file. */
export const maxProcedureFileBytes = 1024 * 1024;

const yamlTypes = ['application/yaml', 'application/x-yaml', 'text/yaml', 'text/x-yaml'];
const invalid = (field: string, message: string): Failure => ({ ok: false, code: 'invalid_input', message: `${field}: ${message}`, issues: [{ field, message }] });

export const procedureRoutes: FastifyPluginAsyncZod<ServerContext> = async (app, { db }) => {
  // A YAML body arrives as text, for import; this parser is scoped to these routes.
  app.addContentTypeParser(yamlTypes, { parseAs: 'string', bodyLimit: maxProcedureFileBytes }, (_request, body, done) => done(null, body));

  app.get(
    '/procedures',
    {
      config: { permission: 'read' },
      schema: { tags, summary: 'The procedures with their versions and the latest version of each', params: orgParams, response: { 200: z.array(procedureSummary), ...problemResponses } },
    },
    async (request) => listProcedures(db, orgOf(request).id),
  );

  app.get(
    '/procedures/:key',
    {
      config: { permission: 'read' },
      schema: { tags, summary: 'Every version of one procedure, oldest first', params: keyParams, response: { 200: procedureDetail, ...problemResponses } },
    },
    async (request, reply) => {
      const versions = await listProcedureVersions(db, orgOf(request).id, request.params.key);
      return versions.length > 0 ? { key: request.params.key, versions } : sendNotFound(reply, 'procedure');
    },
  );

  app.post(
    '/procedures/:key/versions',
    {
      config: { permission: 'write' },
      schema: {
        tags,
        summary: 'Save the next version of a procedure (a new procedure when the key is new); every problem is named by its field path, e.g. body.steps[2].addressees',
        params: keyParams,
        body: procedureVersionInput,
        response: { 201: procedureVersion, ...problemResponses },
      },
    },
    async (request, reply) => {
      const org = orgOf(request);
      // Values are checked by the procedure rules, not by the body's shape.
      const draft = { ...request.body, procedureKey: request.params.key } as ProcedureDraft;
      const saved = await saveProcedure(db, org.id, draft, org.actor);
      return saved.ok ? reply.code(201).send(saved.value) : sendProblem(reply, saved);
    },
  );

  app.get(
    '/procedures/:key/export',
    {
      config: { permission: 'read' },
      schema: {
        tags,
        summary: 'Download a version (the latest unless asked) as YAML or JSON, to edit and import again',
        params: keyParams,
        querystring: procedureExportQuery,
        produces: ['application/yaml', 'application/json'],
      },
    },
    async (request, reply) => {
      const { format, version } = request.query;
      const exported = await exportProcedure(db, orgOf(request).id, request.params.key, format, version);
      if (!exported.ok) return sendProblem(reply, exported);
      return reply
        .header('content-type', format === 'yaml' ? 'application/yaml; charset=utf-8' : 'application/json; charset=utf-8')
        .header('content-disposition', contentDisposition(exported.value.fileName))
        .send(exported.value.text);
    },
  );

  app.post(
    '/procedures/import',
    {
      config: { permission: 'write' },
      schema: {
        tags,
        summary:
          'Import a procedure file as the next version of its procedure: multipart/form-data (file, optional effectiveFrom) or the text itself as YAML or JSON. Problems name the file, line and field.',
        consumes: ['multipart/form-data', 'application/yaml', 'application/json', 'text/plain'],
        params: orgParams,
        querystring: procedureImportQuery,
        response: { 201: procedureVersion, ...problemResponses },
      },
    },
    async (request, reply) => {
      const org = orgOf(request);
      let text: string | undefined;
      let fileName = request.query.fileName;
      let effectiveFrom = request.query.effectiveFrom;
      let format: ProcedureFormat | undefined;
      if (request.isMultipart()) {
        for await (const part of request.parts({ limits: { fileSize: maxProcedureFileBytes, files: 1 } })) {
          if (part.type === 'file') {
            text = (await part.toBuffer()).toString('utf8');
            fileName = part.filename || fileName;
          } else if (part.fieldname === 'effectiveFrom' && typeof part.value === 'string' && part.value !== '') {
            const parsed = procedureImportQuery.shape.effectiveFrom.safeParse(part.value);
            if (!parsed.success) return sendProblem(reply, invalid('body.effectiveFrom', 'expected a date as YYYY-MM-DD'));
            effectiveFrom = parsed.data;
          }
        }
        if (text === undefined) return sendProblem(reply, invalid('body.file', 'required'));
      } else if (typeof request.body === 'string') {
        text = request.body;
        const type = request.headers['content-type'] ?? '';
        if (yamlTypes.some((t) => type.startsWith(t))) format = 'yaml';
      } else if (request.body !== undefined && request.body !== null) {
        // A JSON body was parsed on arrival; as text again it imports like a .json file.
        text = `${JSON.stringify(request.body, null, 2)}\n`;
        format = 'json';
      }
      if (text === undefined || text.trim() === '') return sendProblem(reply, invalid('body', 'send the procedure file'));
      const imported = await importProcedure(
        db,
        org.id,
        { text, fileName: fileName ?? (format === 'json' ? 'procedure.json' : 'procedure.yaml'), format, effectiveFrom, defaultEffectiveFrom: org.today },
        org.actor,
      );
      return imported.ok ? reply.code(201).send(imported.value) : sendProblem(reply, imported);
    },
  );
};
