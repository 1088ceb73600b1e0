// The sandbox's test controls (only with SANDBOX_ACCOUNTS=per-header): `POST /__sandbox/faults` makes
// the account's next calls fail on purpose, `POST /__sandbox/reset` restores its sample data.
import type { FastifyInstance } from 'fastify';
import { callerOf } from '../caller';
import { sandboxAccountOf, sendEnvelope, sendError } from '../envelope';
import type { Sandbox } from './sandbox';

export async function sandboxControls(app: FastifyInstance, options: { sandbox: Sandbox; isAllowedHost: (host: string | undefined) => boolean }) {
  const { sandbox } = options;
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string', bodyLimit: 16 * 1024 }, (_request, body, done) => done(null, body));
  app.addHook('onRequest', async (request, reply) => {
    if (callerOf(request, new Set(), options.isAllowedHost) === 'foreign') return sendError(reply, 'AccessDenied', 'en');
  });
  app.setNotFoundHandler((_request, reply) => sendError(reply, 'RouteNotFound', 'en'));

  app.post('/reset', async (request, reply) => {
    sandbox.reset(sandboxAccountOf(request, 'per-header'));
    return sendEnvelope(reply, 200, { data: {} });
  });
  app.post('/faults', async (request, reply) => {
    let rule: unknown;
    try {
      rule = JSON.parse(String(request.body ?? ''));
    } catch {
      return sendError(reply, 'BadRequest', 'en');
    }
    // A rule the sandbox cannot play (unknown type, a status outside 200–599, …), or one too many, is refused.
    if (!sandbox.addFault(sandboxAccountOf(request, 'per-header'), rule)) return sendError(reply, 'InvalidParameter', 'en');
    return sendEnvelope(reply, 200, { data: {} });
  });
}
