import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { toApiError } from './error.filter';

/**
 * Errors Fastify's router raises before any route (and so before Nest's exception filter) runs: a path
 * that is not valid percent-encoded UTF-8, a path parameter over `maxParamLength`. They leave in the API's
 * one error shape like every other error (Fastify's own answer has `error` and a framework code).
 */
export function frameworkErrors(error: FastifyError, req: FastifyRequest, reply: FastifyReply): void {
  const { body } = toApiError(error, req.headers['accept-language']);
  void reply.status(body.statusCode).header('Cache-Control', 'no-store').type('application/json; charset=utf-8').send(body);
}
