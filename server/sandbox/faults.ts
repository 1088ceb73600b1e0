// Failures the sandbox plays on purpose, for tests: an error code (also after carrying the request
// out), a delay, an HTML page from a "proxy", a connection cut mid-answer, an answer that trickles
// in, an answer too large to hold.
import type { ServerResponse } from 'node:http';
import { ERROR_STATUS, isKnownErrorCode } from '../../src/core/apiContract';
import type { Locale } from '../../src/core/locale';
import { sendJson } from '../http';
import { defaultMessage } from '../messages';
import type { Fault } from './faultRules';

/**
 * Spoils one record of an answer's data, as a broken upstream might send it: the first item of a
 * list (or the calendar of /calendar/info) gets a date that is none, a null summary and a timestamp
 * no date formatter can show; an upsert's answer (the event stored) loses its event_id.
 */
export function corruptRecord(data: unknown): unknown {
  if (typeof data !== 'object' || data === null) return data;
  if ('event_id' in data) return { ...data, event_id: undefined };
  const d = data as { items?: unknown[] };
  if (Array.isArray(d.items) && d.items.length > 0) {
    return { ...d, items: [{ ...(d.items[0] as object), start_at: '2027-13-45', summary: null, cal_name: null, created_at: 1e20, timezone: 'Mars/Olympus' }, ...d.items.slice(1)] };
  }
  return { ...d, timezone: 'Mars/Olympus', created_at: 1e20 };
}

/**
 * Plays a fault (a `commit-then-error` once the caller has carried the request out). Returns the
 * status it answered with (0: cut), or undefined when the request goes on.
 */
export async function playFault(fault: Fault, res: ServerResponse, requestId: string, locale: Locale): Promise<number | undefined> {
  switch (fault.type) {
    case 'delay':
      await new Promise((resolve) => setTimeout(resolve, fault.ms));
      return undefined;
    case 'corrupt':
      return undefined; // the answer goes on, then corruptRecord spoils it
    case 'drop':
      // Cut mid-answer: a browser silently retries a request that got no response at all.
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '1000' });
      res.write('{"request_id":"');
      setTimeout(() => res.socket?.destroy(), 50);
      return 0;
    case 'html': {
      const status = fault.status ?? 502;
      res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end('<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>');
      return status;
    }
    case 'trickle': {
      const body = Buffer.from(JSON.stringify({ request_id: requestId, data: { items: [], total: 0 } }));
      res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': body.length });
      const steps = Math.min(body.length, 20);
      for (let i = 0; i < steps && !res.destroyed; i++) {
        res.write(body.subarray(Math.floor((i * body.length) / steps), Math.floor(((i + 1) * body.length) / steps)));
        await new Promise((resolve) => setTimeout(resolve, fault.ms / steps));
      }
      res.end();
      return 200;
    }
    case 'huge': {
      const head = `{"request_id":"${requestId}","data":{"padding":"`;
      const tail = '"}}';
      res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': fault.bytes });
      res.write(head);
      const chunk = 'x'.repeat(64 * 1024);
      for (let left = fault.bytes - head.length - tail.length; left > 0 && !res.destroyed; left -= chunk.length) {
        if (!res.write(chunk.slice(0, left))) await new Promise((resolve) => res.once('drain', resolve).once('close', resolve));
      }
      res.end(tail);
      return 200;
    }
    case 'error':
    case 'commit-then-error': {
      const { code } = fault;
      const status = fault.status ?? (isKnownErrorCode(code) ? ERROR_STATUS[code] : 400);
      const message = fault.message ?? (isKnownErrorCode(code) ? defaultMessage(code, locale) : `Unexpected error ${code}.`);
      const headers: Record<string, string> = fault.retryAfter === undefined ? {} : { 'Retry-After': String(fault.retryAfter) };
      return sendJson(res, status, requestId, { error: { code, message } }, headers);
    }
  }
}
