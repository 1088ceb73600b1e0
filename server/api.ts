// `/api`: the eight calendar endpoints, each a POST route, answered by the sandbox or forwarded to
// Flashduty. Before either: the Origin check (same origin or ALLOWED_ORIGINS, with CORS for the
// latter), an exact `application/json` body within the size limit, a JSON object of the endpoint's
// fields as the contract spells them, each once (requestBody.ts). Anything else under /api is
// answered here with the API's own envelope (RouteNotFound, MethodNotAllowed, …) and goes nowhere.
import cors from '@fastify/cors';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ENDPOINT_PATHS, REQUEST_FIELDS, type ErrorCode } from '../src/core/apiContract';
import { visibleText } from '../src/core/eventSchema';
import { auditFields, WRITE_ENDPOINTS, type AuditTrail } from './audit';
import { callerOf, clientAddressOf, headerCount, utf8Header } from './caller';
import { sandboxAccountOf, sendEnvelope, sendError } from './envelope';
import { feedPath, type FeedCall, type Feeds } from './feed';
import { proxyFailureMessage, type FlashdutyProxy } from './proxy';
import { corruptRecord, playFault } from './sandbox/faults';
import { bodyProblemMessage, localeOf, foreignOriginMessage, missingUserMessage, repeatedUserMessage } from './messages';
import { readRequestBody, type ReadBody } from './requestBody';
import type { Sandbox } from './sandbox/sandbox';

export type ApiBackend =
  | { kind: 'sandbox'; sandbox: Sandbox; accounts: 'shared' | 'per-header' }
  | { kind: 'live'; proxy: Pick<FlashdutyProxy, 'forward'> };

export interface ApiOptions {
  backend: ApiBackend;
  allowedOrigins: readonly string[];
  /** Whether a Host (or X-Forwarded-Host) value is one this server answers to. */
  isAllowedHost: (host: string | undefined) => boolean;
  maxBodyBytes: number;
  audit?: AuditTrail;
  trustedUserHeader?: string;
  /** TRUST_PROXY: the page's scheme is the X-Forwarded-Proto that the proxy in front (terminating TLS) sets. */
  trustProxy?: boolean;
  /** Never sent back, whatever an answer holds (the app key). */
  secrets?: readonly string[];
  /** The subscription feeds, whose URLs `POST /api/panel/feed-url` gives. */
  feeds?: Feeds;
}

/** The panel server's own endpoint (not Flashduty's): the subscription feed's URL of a calendar the caller can read. */
export const FEED_URL_PATH = '/panel/feed-url';

/** Error codes by which the API says the calendar is not there (or not this caller's). */
const GONE = new Set(['ResourceNotFound', 'InvalidParameter', 'AccessDenied']);

/** How the feed reads the API: from the sandbox's account, or through the proxy with the app key. */
export function feedCall(backend: ApiBackend): FeedCall {
  return async (endpoint, body, account, locale) => {
    if (backend.kind === 'sandbox') {
      const result = backend.sandbox.handle(account, endpoint, body, locale);
      return 'error' in result ? { ok: false, gone: GONE.has(result.error.code) } : { ok: true, data: result.data };
    }
    const answer = await backend.proxy.forward({ path: endpoint, body: JSON.stringify(body), acceptLanguage: locale });
    if (answer.kind === 'failed') return { ok: false, gone: false };
    const { data, error } = answer.envelope;
    if (error || data === undefined) return { ok: false, gone: typeof error?.code === 'string' && GONE.has(error.code) };
    return { ok: true, data };
  };
}

const ENDPOINTS = new Set<string>(ENDPOINT_PATHS);
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;
/** `application/json`, with no parameter but the charset the body is read in (a body said to be UTF-16 is read as UTF-8 all the same). */
const JSON_TYPE = /^application\/json\s*(?:;\s*charset\s*=\s*"?utf-8"?\s*)?$/i;

/** What a handler learned of the answer it sent, for the audit trail. */
interface Outcome {
  status: number;
  result: string;
  data?: unknown;
  flashdutyRequestId?: string;
}

export async function apiRoutes(app: FastifyInstance, options: ApiOptions) {
  const { backend, audit, trustedUserHeader, feeds } = options;
  const secrets = (options.secrets ?? []).filter((s) => s !== '');
  const allowedOrigins = new Set(options.allowedOrigins);
  const locale = (request: FastifyRequest) => localeOf(request.headers['accept-language']);

  // Only JSON, taken as text: readBody parses it and checks its keys (requestBody.ts).
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string', bodyLimit: options.maxBodyBytes }, (request, body, done) => {
    if (!JSON_TYPE.test(request.headers['content-type'] ?? '')) {
      done(Object.assign(new Error('not JSON'), { statusCode: 415, code: 'FST_ERR_CTP_INVALID_MEDIA_TYPE' }), undefined);
      return;
    }
    done(null, body);
  });

  // A foreign page's call stops here, before CORS, the body or any backend.
  app.addHook('onRequest', async (request, reply) => {
    if (callerOf(request, allowedOrigins, options.isAllowedHost, options.trustProxy) === 'foreign') {
      request.log.warn({ origin: String(request.headers.origin).slice(0, 200) }, 'API call refused: Origin is neither this page’s (scheme, host and port) nor in ALLOWED_ORIGINS');
      return sendError(reply, 'AccessDenied', locale(request), foreignOriginMessage(locale(request)));
    }
    // The proxy in front sets the user header once: two of them ("alice" and "bob", which Node joins
    // into "alice, bob") mean it was not overwritten, and nobody can say who is calling.
    if (trustedUserHeader && headerCount(request, trustedUserHeader) > 1) {
      request.log.warn(`API call refused: ${trustedUserHeader} came more than once`);
      return sendError(reply, 'BadRequest', locale(request), repeatedUserMessage(trustedUserHeader, locale(request)));
    }
    // None (or an empty one): the request did not come through that proxy, and nobody can say who is
    // calling. A CORS preflight carries no such header and does nothing.
    // A name that shows nothing (spaces, a zero-width space) names nobody.
    if (trustedUserHeader && request.method !== 'OPTIONS' && !visibleText(utf8Header(request.headers[trustedUserHeader]) ?? '')) {
      request.log.warn(`API call refused: no ${trustedUserHeader}`);
      return sendError(reply, 'AccessDenied', locale(request), missingUserMessage(trustedUserHeader, locale(request)));
    }
  });
  await app.register(cors, {
    origin: [...allowedOrigins],
    methods: ['POST'],
    // The sandbox's account header lets parallel tests keep their data apart; Flashduty has none.
    allowedHeaders: backend.kind === 'sandbox' && backend.accounts === 'per-header' ? ['Content-Type', 'X-Sandbox-Account'] : ['Content-Type'],
    // Neither is CORS-safelisted: a portal's page reads them only when exposed. Date is the server's
    // clock, by which the look-up after a lost answer takes what was created since (src/api/client.ts).
    exposedHeaders: ['Flashcat-Request-Id', 'Retry-After', 'Date'],
    maxAge: 600,
    strictPreflight: false,
  });

  // The last guard: whatever an answer holds (an upstream message, a content type quoted in ours),
  // the key does not leave.
  if (secrets.length > 0) {
    app.addHook('onSend', async (_request, _reply, payload) => {
      if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
      const text = payload.toString();
      return secrets.some((s) => text.includes(s)) ? secrets.reduce((t, s) => t.replaceAll(s, '[app key]'), text) : payload;
    });
  }

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const code: ErrorCode =
      error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' ? 'InvalidContentType'
      : error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' ? 'EntityTooLarge'
      : (error.statusCode ?? 500) < 500 ? 'BadRequest'
      : 'InternalError';
    if (code === 'InternalError') request.log.error({ err: error }, 'API call failed');
    return sendError(reply, code, locale(request));
  });
  // Other paths and methods under /api: the API's own answers, never a page or a file.
  const notAnEndpoint = (request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?')[0].slice(request.url.indexOf('/api') + '/api'.length);
    return sendError(reply, ENDPOINTS.has(path) ? 'MethodNotAllowed' : 'RouteNotFound', locale(request));
  };
  app.setNotFoundHandler(notAnEndpoint);
  app.route({ method: ['GET', 'PUT', 'PATCH', 'DELETE'], url: '/*', handler: notAnEndpoint });

  // The feed URL of a calendar, for a caller who can read it: the calendar's info is asked first
  // (through the proxy in live mode, where whoever reaches the panel can read calendars anyway).
  if (feeds) {
    app.post(FEED_URL_PATH, async (request, reply) => {
      const lang = locale(request);
      const read = readBody(FEED_URL_PATH, request, reply);
      if (!read.ok) return reply;
      const calId = read.body.cal_id;
      // A lone surrogate (`"\ud800"`) is no character a URL can hold.
      if (typeof calId !== 'string' || calId === '' || calId.length > 200 || LONE_SURROGATE.test(calId)) return sendError(reply, 'InvalidParameter', lang);
      const text = JSON.stringify({ cal_id: calId });
      const outcome = backend.kind === 'live' ? await forward('/calendar/info', text, request, reply, true) : await answerFromSandbox('/calendar/info', { cal_id: calId }, request, reply, true);
      if (outcome.result !== 'OK') return reply;
      const account = backend.kind === 'sandbox' && backend.accounts === 'per-header' ? sandboxAccountOf(request, 'per-header') : undefined;
      return sendEnvelope(reply, 200, { data: { path: feedPath(feeds.secret, calId, lang, account) } });
    });
  }

  for (const endpoint of ENDPOINT_PATHS) {
    app.post(endpoint, async (request, reply) => {
      const lang = locale(request);
      if (!JSON_TYPE.test(request.headers['content-type'] ?? '')) return sendError(reply, 'InvalidContentType', lang);
      // What is read here is what the backend, the feeds and the audit trail take, and what live mode sends.
      const read = readBody(endpoint, request, reply);
      if (!read.ok) return reply;
      const { body, text } = read;
      // Read now: a client that hangs up before the answer (a timeout, a closed tab) takes its socket's
      // address with it, and those are the writes whose outcome the audit most needs to place.
      const client = clientAddressOf(request, options.trustProxy);
      const outcome = backend.kind === 'live' ? await forward(endpoint, text, request, reply) : await answerFromSandbox(endpoint, body, request, reply);
      // A write through this server shows in the calendar's feed at its next poll, not 5 minutes later
      // (and a deleted calendar's feed is a 404 at once). Any answer: a failed save may have been stored.
      const writtenCalId = body.cal_id;
      if (feeds && WRITE_ENDPOINTS.has(endpoint) && typeof writtenCalId === 'string') {
        feeds.forget(writtenCalId, backend.kind === 'sandbox' ? sandboxAccountOf(request, backend.accounts) : 'default');
      }
      if (audit && WRITE_ENDPOINTS.has(endpoint)) {
        const user = trustedUserHeader ? utf8Header(request.headers[trustedUserHeader]) : undefined;
        audit.record({
          // An instant, not a calendar date: the one place an ISO timestamp is right.
          time: new Date().toISOString(), // eslint-disable-line no-restricted-syntax
          ...(typeof user === 'string' && user.trim() !== '' ? { user: user.trim().slice(0, 256) } : {}),
          ...(client ? { client } : {}),
          endpoint,
          ...auditFields(body, outcome.data),
          result: outcome.result,
          status: outcome.status,
          request_id: request.id,
          ...(outcome.flashdutyRequestId ? { flashduty_request_id: outcome.flashdutyRequestId } : {}),
        });
      }
      return reply;
    });
  }

  /** The request's body, or a BadRequest sent that says why it is refused (requestBody.ts). */
  function readBody(endpoint: keyof typeof REQUEST_FIELDS, request: FastifyRequest, reply: FastifyReply): ReadBody {
    const fields = REQUEST_FIELDS[endpoint];
    const read = readRequestBody(request.body, fields);
    if (!read.ok) {
      if (read.problem.type !== 'not-json') request.log.warn({ problem: read.problem.type }, 'API call refused: the body is not an object of the endpoint’s fields, each once');
      sendError(reply, 'BadRequest', locale(request), bodyProblemMessage(read.problem, endpoint, fields, locale(request)));
    }
    return read;
  }

  // `failuresOnly`: answer only a failure; a success is left for the caller to answer.
  async function forward(endpoint: string, text: string, request: FastifyRequest, reply: FastifyReply, failuresOnly = false): Promise<Outcome> {
    if (backend.kind !== 'live') throw new Error('not live');
    const answer = await backend.proxy.forward({ path: endpoint, body: text, acceptLanguage: request.headers['accept-language'] });
    if (answer.kind === 'failed') {
      request.log.warn({ upstream: answer.reason }, `Flashduty call failed: ${answer.reason.type}`);
      sendEnvelope(reply, answer.status, { error: { code: 'ServiceUnavailable', message: proxyFailureMessage(answer.reason, locale(request)) } });
      return { status: answer.status, result: 'ServiceUnavailable' };
    }
    const { error } = answer.envelope;
    const result = error ? (typeof error.code === 'string' ? error.code.slice(0, 100) : 'Error') : 'OK';
    if (failuresOnly && result === 'OK') return { status: answer.status, result };
    reply
      .code(answer.status)
      .header('content-type', 'application/json; charset=utf-8')
      .header('flashcat-request-id', answer.requestId ?? request.id)
      .header('cache-control', 'no-store');
    if (answer.retryAfter !== undefined) reply.header('retry-after', answer.retryAfter);
    reply.send(answer.body);
    return { status: answer.status, result, data: answer.envelope.data, flashdutyRequestId: answer.requestId };
  }

  async function answerFromSandbox(endpoint: string, body: unknown, request: FastifyRequest, reply: FastifyReply, failuresOnly = false): Promise<Outcome> {
    if (backend.kind !== 'sandbox') throw new Error('not the sandbox');
    const { sandbox } = backend;
    const account = sandboxAccountOf(request, backend.accounts);
    const fault = backend.accounts === 'per-header' ? sandbox.takeFault(account, endpoint) : undefined;
    if (fault?.type === 'commit-then-error') {
      const commit = () => sandbox.handle(account, endpoint, body, locale(request));
      if (fault.commitAfterMs === undefined) commit();
      else setTimeout(commit, fault.commitAfterMs).unref();
    }
    if (fault && fault.type !== 'delay' && fault.type !== 'corrupt') {
      // Faults write the raw response; the headers set so far (CORS, security) go with it.
      reply.hijack();
      for (const [name, value] of Object.entries(reply.getHeaders())) if (value !== undefined) reply.raw.setHeader(name, value);
      const status = (await playFault(fault, reply.raw, request.id, locale(request))) ?? 0;
      return { status, result: status === 0 ? 'NoAnswer' : `Fault:${fault.type}` };
    }
    if (fault) await playFault(fault, reply.raw, request.id, locale(request));
    const result = sandbox.handle(account, endpoint, body, locale(request));
    if ('error' in result) {
      if (result.retryAfterSeconds) reply.header('retry-after', String(result.retryAfterSeconds));
      sendEnvelope(reply, result.status, { error: result.error });
      return { status: result.status, result: result.error.code };
    }
    const data = fault?.type === 'corrupt' ? corruptRecord(result.data) : result.data;
    if (!failuresOnly) sendEnvelope(reply, result.status, { data });
    return { status: result.status, result: 'OK', data };
  }
}
