// The audit trail: who changed what, when. With AUDIT_LOG set, every write that passes through the
// server (event upsert and delete, calendar create, update and delete) appends one JSON line: the
// time, the user named by the portal's authenticating proxy, the client's address, the endpoint, what was written, the
// result code and both request ids. Lines are written whole and at once (one synchronous write each),
// before the answer leaves, so a line exists for every answer a browser saw. Never the app key.
import { closeSync, openSync, writeSync } from 'node:fs';

export const WRITE_ENDPOINTS = new Set([
  '/calendar/create',
  '/calendar/update',
  '/calendar/delete',
  '/calendar/event/upsert',
  '/calendar/event/delete',
]);

export interface AuditEntry {
  time: string;
  /** From TRUSTED_USER_HEADER; absent when none is configured or the request had none. */
  user?: string;
  /** The client's address: the connection's, or with TRUST_PROXY the one the proxy in front added to X-Forwarded-For. */
  client?: string;
  endpoint: string;
  cal_id?: string;
  /** For a create, the id Flashduty gave the new event. */
  event_id?: string;
  cal_name?: string;
  summary?: string;
  start_at?: string;
  end_at?: string;
  is_off?: boolean;
  /** `OK`, the error code of the answer, or `NoAnswer` when the connection was cut. */
  result: string;
  status: number;
  request_id: string;
  /** Flashduty's request id, when the answer came from Flashduty. */
  flashduty_request_id?: string;
}

export interface AuditTrail {
  record(entry: AuditEntry): void;
  close(): void;
}

/** Opens the audit trail: `-` for standard output, otherwise a file appended to (created if missing). */
export function openAuditTrail(target: string, secrets: readonly string[]): AuditTrail {
  const fd = target === '-' ? undefined : openSync(target, 'a', 0o600);
  return {
    record(entry) {
      let line = escapeControls(JSON.stringify(entry)) + '\n';
      for (const secret of secrets) if (secret) line = line.replaceAll(secret, '[app key]');
      if (fd === undefined) {
        process.stdout.write(line); // one chunk; synchronous for files and pipes on Linux
        return;
      }
      const bytes = Buffer.from(line);
      for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written);
    },
    close() {
      if (fd !== undefined) closeSync(fd);
    },
  };
}

// JSON.stringify escapes C0 controls only. Also escaped, so that the line reads the same in a
// terminal, a pager or an editor as its JSON means: U+2028 and U+2029 (valid in JSON but a line end
// for some readers: one entry stays one line), C1 controls (U+0080–U+009F: some terminals act on
// them) and the bidirectional marks and overrides (a user or summary written right to left could
// make a line display other than it is: "Trojan Source").
const DECEPTIVE_CONTROLS = /[\u0080-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** A JSON text with the controls above written as \u escapes: the same JSON value, safe to display. */
export function escapeControls(json: string): string {
  return json.replace(DECEPTIVE_CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The fields of a write request and its answer worth keeping: short strings only, never the whole body. */
export function auditFields(request: unknown, answerData: unknown): Partial<AuditEntry> {
  const fields: Partial<AuditEntry> = {};
  const text = (value: unknown) => (typeof value === 'string' ? value.slice(0, 600) : undefined);
  if (request && typeof request === 'object') {
    const r = request as Record<string, unknown>;
    Object.assign(fields, {
      cal_id: text(r.cal_id),
      event_id: text(r.event_id),
      cal_name: text(r.cal_name),
      summary: text(r.summary),
      start_at: text(r.start_at),
      end_at: text(r.end_at),
      is_off: typeof r.is_off === 'boolean' ? r.is_off : undefined,
    });
  }
  if (answerData && typeof answerData === 'object') {
    const d = answerData as Record<string, unknown>;
    fields.cal_id ??= text(d.cal_id);
    fields.event_id ??= text(d.event_id);
  }
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
}
