import { bearerToken } from '../../../common/credentials.js';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { ModelOps } from '../../models/ops.js';
import type { DeploymentRow, ModelVersionRow } from '../../models/registry.js';
import { errorResponses } from '../errors.js';

export interface ModelRoutesOptions {
  ops: ModelOps;
  /** [1...256] MiB: the largest registration body (the .onnx file travels base64 in JSON). */
  maxBodyMiB?: number;
}

const bearer = (req: FastifyRequest): string | undefined => bearerToken(req.headers.authorization);
const withAuth = { ...errorResponses, 401: { $ref: 'WxErrorBody#' } };

const versionJson = (v: ModelVersionRow) => ({
  modelId: v.modelId, version: v.version, sha256: v.sha256, sizeBytes: v.sizeBytes, signature: v.signature.toString('base64'), registered: new Date(v.registeredMs).toISOString(),
});
const versionSchema = {
  type: 'object',
  required: ['modelId', 'version', 'sha256', 'sizeBytes', 'signature', 'registered'],
  properties: { modelId: { type: 'string' }, version: { type: 'string' }, sha256: { type: 'string' }, sizeBytes: { type: 'integer' }, signature: { type: 'string', description: 'Ed25519, base64' }, registered: { type: 'string' } },
} as const;
const deploymentJson = (d: DeploymentRow) => ({
  deploymentId: d.deploymentId, modelId: d.modelId, version: d.version, state: d.state, canaryShare: d.canaryShare, created: new Date(d.createdMs).toISOString(),
  targets: d.targets.map((t) => ({ device: t.deviceId, phase: t.phase, released: t.released, state: t.state, reason: t.reason, updated: new Date(t.updatedMs).toISOString() })),
});
const deploymentSchema = {
  type: 'object',
  required: ['deploymentId', 'modelId', 'version', 'state', 'targets'],
  properties: {
    deploymentId: { type: 'string' }, modelId: { type: 'string' }, version: { type: 'string' },
    state: { type: 'string', description: 'canary (waiting for the canaries), rolling (released to all), halted (a canary failed)' },
    canaryShare: { type: 'number' }, created: { type: 'string' },
    targets: {
      type: 'array',
      items: {
        type: 'object',
        properties: { device: { type: 'string' }, phase: { type: 'string' }, released: { type: 'boolean' }, state: { type: 'string' }, reason: { type: 'string' }, updated: { type: 'string' } },
      },
    },
  },
} as const;

/** The model registry and rollouts: POST/GET /api/v1/models, POST /api/v1/deployments, GET /api/v1/deployments/:id. Writes need the operator token. */
export const modelRoutes: FastifyPluginAsync<ModelRoutesOptions> = async (app, { ops, maxBodyMiB = 64 }) => {
  app.post<{ Body: { card: string | Record<string, unknown>; file: string; signature: string } }>(
    '/api/v1/models',
    {
      bodyLimit: maxBodyMiB * 1024 * 1024,
      schema: {
        summary: 'Register a model version: its card, one .onnx file (base64) and the operator\'s Ed25519 signature of the file\'s SHA-256 (base64)',
        tags: ['models'],
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['card', 'file', 'signature'],
          properties: { card: { anyOf: [{ type: 'object' }, { type: 'string' }] }, file: { type: 'string', minLength: 4, pattern: '^[A-Za-z0-9+/]+={0,2}$' }, signature: { type: 'string', pattern: '^[A-Za-z0-9+/]{86}==$' } },
        },
        response: { 201: versionSchema, ...withAuth },
      },
    },
    async (request, reply) => {
      ops.authorize(bearer(request));
      const b = request.body;
      const v = ops.registry.register(typeof b.card === 'string' ? b.card : JSON.stringify(b.card), Buffer.from(b.file, 'base64'), Buffer.from(b.signature, 'base64'));
      return reply.code(201).send(versionJson(v));
    },
  );
  app.get('/api/v1/models', { schema: { summary: 'Registered model versions', tags: ['models'], response: { 200: { type: 'object', properties: { count: { type: 'integer' }, models: { type: 'array', items: versionSchema } } }, ...errorResponses } } }, async () => {
    const list = ops.registry.list();
    return { count: list.length, models: list.map(versionJson) };
  });
  app.post<{ Body: { modelId: string; version: string; deviceIds?: string[]; site?: string; canaryShare?: number } }>(
    '/api/v1/deployments',
    {
      schema: {
        summary: 'Deploy a version to devices (by id and/or every device seen at a site), optionally to a canary share first',
        tags: ['models'],
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['modelId', 'version'],
          properties: {
            modelId: { type: 'string', pattern: '^[A-Za-z0-9_.-]{1,64}$' }, version: { type: 'string', pattern: '^[A-Za-z0-9_.-]{1,64}$' },
            deviceIds: { type: 'array', maxItems: 100_000, items: { type: 'string', pattern: '^[A-Za-z0-9_.-]{1,64}$' } },
            site: { type: 'string', pattern: '^[A-Za-z0-9_.-]{1,64}$' },
            canaryShare: { type: 'number', minimum: 0, maximum: 1, description: 'share of the targets released first; the rest follows once they all report ACTIVE' },
          },
        },
        response: { 201: deploymentSchema, ...withAuth },
      },
    },
    async (request, reply) => {
      ops.authorize(bearer(request));
      return reply.code(201).send(deploymentJson(await ops.deploy(request.body)));
    },
  );
  app.get<{ Params: { id: string } }>(
    '/api/v1/deployments/:id',
    { schema: { summary: 'A deployment and the state of each target device', tags: ['models'], params: { type: 'object', properties: { id: { type: 'string', pattern: '^[A-Za-z0-9_.-]{1,64}$' } } }, response: { 200: deploymentSchema, ...errorResponses } } },
    async (request, reply) => {
      const d = ops.registry.deployment(request.params.id);
      if (!d) return reply.code(404).send({ error: 'WX_ERR_NOT_FOUND', message: `no deployment ${request.params.id}`, field: 'id' });
      return deploymentJson(d);
    },
  );
};
