// The server's settings: defaults, live mode, and a message that names and fixes each wrong value
// without ever repeating the app key.
import { describe, expect, it } from 'vitest';
import { readServerConfig, startLines, type ConfigResult } from './config';

const KEY = 'AbCdEf0123456789abcdef0123456789';
const errorsOf = (r: ConfigResult) => (r.ok ? [] : r.errors);

describe('readServerConfig', () => {
  it('runs the sandbox on 127.0.0.1:4173 at / by default, framed by itself only', () => {
    expect(readServerConfig({})).toEqual({
      ok: true,
      config: {
        port: 4173,
        host: '127.0.0.1',
        mode: { kind: 'sandbox', accounts: 'shared' },
        frameAncestors: "'self'",
        allowedOrigins: [],
        basePath: '/',
        allowedHosts: [],
        logFormat: 'json',
        shutdownGraceMs: 10_000,
        auditLog: undefined,
        trustedUserHeader: undefined,
        trustProxy: false,
      },
    });
  });

  it('runs live with an app key: Flashduty’s API by default, 10 s timeout', () => {
    const r = readServerConfig({ FLASHDUTY_APP_KEY: KEY });
    expect(r.ok && r.config.mode).toEqual({ kind: 'live', appKey: KEY, apiBase: 'https://api.flashcat.cloud', timeoutMs: 10_000 });
  });

  it('takes an https API base, or http to this machine only', () => {
    const base = (FLASHDUTY_API_BASE: string) => readServerConfig({ FLASHDUTY_APP_KEY: KEY, FLASHDUTY_API_BASE });
    expect(base('https://api.example.com/flashduty/').ok && (base('https://api.example.com/flashduty/') as { config: { mode: { apiBase: string } } }).config.mode.apiBase).toBe(
      'https://api.example.com/flashduty',
    );
    expect(base('http://127.0.0.1:9000').ok).toBe(true);
    expect(errorsOf(base('http://api.flashcat.cloud'))[0]).toMatch(/^FLASHDUTY_API_BASE must use https/);
    expect(errorsOf(base('https://api.flashcat.cloud?app_key=x'))[0]).toMatch(/without a query/);
    expect(errorsOf(base('api.flashcat.cloud'))[0]).toMatch(/must be a URL such as https:\/\/api.flashcat.cloud/);
  });

  it.each([
    [{ FLASHDUTY_APP_KEY: '' }, /^FLASHDUTY_APP_KEY is set but empty/],
    [{ FLASHDUTY_APP_KEY: 'short' }, /^FLASHDUTY_APP_KEY is malformed/],
    [{ FLASHDUTY_APP_KEY: `"${KEY}"` }, /without quotes or spaces/],
    [{ FLASHDUTY_APP_KEY: `${KEY} ` }, /^FLASHDUTY_APP_KEY is malformed/],
    [{ FLASHDUTY_API_BASE: 'https://api.flashcat.cloud' }, /^FLASHDUTY_API_BASE is set but FLASHDUTY_APP_KEY is not/],
    [{ FLASHDUTY_APP_KEY: KEY, UPSTREAM_TIMEOUT_MS: '10s' }, /^UPSTREAM_TIMEOUT_MS must be a number of milliseconds/],
    [{ PORT: '80a' }, /^PORT must be a whole number/],
    [{ PORT: '70000' }, /^PORT must be a whole number/],
    [{ FRAME_ANCESTORS: "'self'; script-src *" }, /^FRAME_ANCESTORS must list CSP sources/],
    [{ FRAME_ANCESTORS: "'none' https://portal.example.com" }, /'none' cannot be combined/],
    [{ ALLOWED_ORIGINS: 'https://portal.example.com/' }, /^ALLOWED_ORIGINS must list origins.*https:\/\/portal\.example\.com\//],
    [{ ALLOWED_ORIGINS: 'portal.example.com' }, /^ALLOWED_ORIGINS must list origins/],
    [{ BASE_PATH: 'tools/../x' }, /^BASE_PATH must be a path such as \/tools\/calendar\//],
    [{ ALLOWED_HOSTS: 'https://calendar.example.com' }, /^ALLOWED_HOSTS must list host names without scheme or port/],
    [{ ALLOWED_HOSTS: 'calendar.example.com:4173' }, /^ALLOWED_HOSTS must list host names/],
    [{ ALLOWED_HOSTS: '.com' }, /^ALLOWED_HOSTS must list host names.*these are not: \.com\./],
    [{ LOG_FORMAT: 'text' }, /^LOG_FORMAT must be "json" \(the default\) or "pretty"/],
    [{ SHUTDOWN_GRACE_MS: '-1' }, /^SHUTDOWN_GRACE_MS must be a number of milliseconds/],
    [{ SANDBOX_ACCOUNTS: 'each' }, /^SANDBOX_ACCOUNTS must be "shared" \(the default\) or "per-header"/],
    [{ FLASHDUTY_APP_KEY: KEY, SANDBOX_ACCOUNTS: 'per-header' }, /^SANDBOX_ACCOUNTS is for the sandbox only/],
    [{ TRUSTED_USER_HEADER: 'X User' }, /^TRUSTED_USER_HEADER must be a header name/],
    [{ TRUSTED_USER_HEADER: 'Cookie' }, /^TRUSTED_USER_HEADER cannot be Cookie/],
    [{ TRUST_PROXY: 'yes please' }, /^TRUST_PROXY must be 1/],
  ])('stops on %j with a message that says what to do', (env, message) => {
    const errors = errorsOf(readServerConfig(env));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
  });

  it('never repeats the app key in a message', () => {
    const leaky = 'abc def 0123456789';
    const errors = errorsOf(readServerConfig({ FLASHDUTY_APP_KEY: leaky, FLASHDUTY_API_BASE: 'http://flashduty.example' }));
    expect(errors).toHaveLength(2);
    expect(errors.join('\n')).not.toContain('abc def');
  });

  it('reports every wrong value at once', () => {
    expect(errorsOf(readServerConfig({ PORT: 'x', FRAME_ANCESTORS: 'a;b', ALLOWED_ORIGINS: 'nope' }))).toHaveLength(3);
  });

  it('takes lists and a sub-path', () => {
    const r = readServerConfig({
      FRAME_ANCESTORS: "'self'  https://portal.example.com https://*.corp.example:8443",
      ALLOWED_ORIGINS: 'https://portal.example.com, http://127.0.0.1:4176',
      BASE_PATH: '/tools/calendar',
    });
    expect(r.ok && r.config).toMatchObject({
      frameAncestors: "'self' https://portal.example.com https://*.corp.example:8443",
      allowedOrigins: ['https://portal.example.com', 'http://127.0.0.1:4176'],
      basePath: '/tools/calendar/',
    });
  });

  it('takes the host allowlist, log format, shutdown grace, audit trail and the user header', () => {
    const r = readServerConfig({
      ALLOWED_HOSTS: 'Calendar.Example.com, .corp.example',
      LOG_FORMAT: 'pretty',
      SHUTDOWN_GRACE_MS: '2500',
      AUDIT_LOG: '/var/log/calendar-audit.jsonl',
      TRUSTED_USER_HEADER: 'X-Forwarded-User',
      TRUST_PROXY: '1',
      SANDBOX_ACCOUNTS: 'per-header',
    });
    expect(r.ok && r.config).toMatchObject({
      allowedHosts: ['calendar.example.com', '.corp.example'],
      logFormat: 'pretty',
      shutdownGraceMs: 2500,
      auditLog: '/var/log/calendar-audit.jsonl',
      trustedUserHeader: 'x-forwarded-user',
      trustProxy: true,
      mode: { kind: 'sandbox', accounts: 'per-header' },
    });
  });
});

describe('FEED_SECRET', () => {
  it('takes a secret of 32 characters or more, refuses a shorter one without printing it, and says when URLs change on restart', () => {
    const secret = 'x'.repeat(31) + 'y';
    const set = readServerConfig({ FEED_SECRET: ` ${secret} ` });
    expect(set.ok && set.config.feedSecret).toBe(secret);
    const short = readServerConfig({ FEED_SECRET: 'too-short-secret' });
    expect(errorsOf(short)).toEqual(['FEED_SECRET must be at least 32 characters, such as the output of `openssl rand -base64 32`.']);
    const unset = readServerConfig({});
    if (!set.ok || !unset.ok) throw new Error('config');
    expect(startLines(unset.config, 'http://127.0.0.1:4173/').join('\n')).toContain('FEED_SECRET is not set, so feed URLs are signed with a random secret made at this start: they change on every restart.');
    const lines = startLines(set.config, 'http://127.0.0.1:4173/').join('\n');
    expect(lines).toContain('URLs signed with FEED_SECRET');
    expect(lines).not.toContain(secret);
  });
});

describe('startLines', () => {
  it('says which mode runs, and never the key', () => {
    const live = readServerConfig({ FLASHDUTY_APP_KEY: KEY });
    const sandbox = readServerConfig({});
    if (!live.ok || !sandbox.ok) throw new Error('config');
    const liveLines = startLines(live.config, 'http://127.0.0.1:4173/').join('\n');
    expect(liveLines).toContain('API mode: live');
    expect(liveLines).toContain('https://api.flashcat.cloud');
    expect(liveLines).not.toContain(KEY);
    expect(startLines(sandbox.config, 'http://127.0.0.1:4173/').join('\n')).toContain('API mode: sandbox');
  });
});
