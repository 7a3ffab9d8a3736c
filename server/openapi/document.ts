/**
 * The OpenAPI 3.1 document, generated from the route table's zod schemas by zod-openapi (never
 * written by hand), built once per process.
 */
import * as z from 'zod';
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject } from 'zod-openapi';
import { API, openApiPath, rolesOf, type EndpointDef } from '../../shared/api';

const ErrorBody = z
  .object({ error: z.string().meta({ example: 'invalid_body' }), message: z.string(), details: z.unknown().optional() })
  .meta({ id: 'Error', description: 'Every error: a stable code for programs, a sentence for people' });

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: ErrorBody } },
});

/** Who may call, in words, for the operation's description. */
export function whoMayCall(e: EndpointDef): string {
  const roles = rolesOf(e);
  if (!roles) {
    return {
      anyone: 'Anyone.',
      session: 'Any logged-in user.',
      twilio: 'Twilio (signed).',
      monitoring: 'Monitoring: METRICS_TOKEN bearer, or this machine only.',
    }[e.callers as string]!;
  }
  const foreign = e.foreign ? ` Another's object answers ${e.foreign}.` : '';
  return `Roles: ${roles.join(', ')}.${foreign}`;
}

function operation(id: string, e: EndpointDef): ZodOpenApiOperationObject {
  const produces = e.produces ?? 'application/json';
  const views = Object.values(e.views ?? {});
  const schema = e.response && views.length ? z.union([e.response, ...views]) : e.response;
  const ok =
    e.status === 204
      ? { description: 'Done' }
      : { description: 'Success', content: { [produces]: { schema: schema ?? z.string() } } };
  const responses: ZodOpenApiOperationObject['responses'] = { [String(e.status)]: ok };
  if (e.body) responses['400'] = errorResponse('Invalid input (the message names the field)');
  if (e.callers !== 'anyone') responses['401'] = errorResponse('Not logged in');
  if (rolesOf(e) || e.callers === 'twilio')
    responses['403'] = errorResponse('Not allowed (role, CSRF token or signature)');
  if (e.params) responses['404'] = errorResponse('No such object (or not yours)');
  return {
    operationId: id,
    summary: e.summary,
    description: [whoMayCall(e), e.description].filter(Boolean).join('\n\n'),
    tags: [e.tag],
    ...(e.params || e.query
      ? { requestParams: { ...(e.params ? { path: e.params } : {}), ...(e.query ? { query: e.query } : {}) } }
      : {}),
    ...(e.body
      ? {
          requestBody: {
            required: true,
            content: {
              [e.bodyType === 'form' ? 'application/x-www-form-urlencoded' : 'application/json']: { schema: e.body },
            },
          },
        }
      : {}),
    responses,
  };
}

let cached: ReturnType<typeof createDocument> | undefined;

/** The document (built on first use). */
export function openApiDocument(): ReturnType<typeof createDocument> {
  if (cached) return cached;
  const paths: ZodOpenApiPathsObject = {};
  for (const [id, e] of Object.entries(API) as [string, EndpointDef][]) {
    const p = openApiPath(e.path);
    paths[p] = { ...paths[p], [e.method]: operation(id, e) };
  }
  cached = createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Haven API',
      version: '1',
      description:
        'Maritime rescue alert and port coordination. Sessions are cookies from POST /api/auth/login; ' +
        'every state-changing request carries X-CSRF-Token. Errors are {"error","message"}.',
      license: { name: 'AGPL-3.0-or-later', identifier: 'AGPL-3.0-or-later' },
    },
    paths,
    components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'haven_sid' } } },
  });
  return cached;
}
