// Probe: the Origin check with X-Forwarded-* headers (TRUST_PROXY=1 on 4712, off on 4711), and the
// audit trail's user under header tricks, over raw sockets (headers exactly as written).
// Usage: node attack/originAndAudit.js ; then read /tmp/attack/audit4711.jsonl
import net from 'node:net';

function raw(port, lines, body = '') {
  return new Promise((resolve) => {
    const s = net.connect(port, '127.0.0.1', () => {
      s.write([...lines, `Content-Length: ${Buffer.byteLength(body)}`, 'Connection: close', '', body].join('\r\n'));
    });
    let out = '';
    s.on('data', (d) => (out += d));
    s.on('close', () => resolve(out));
    s.on('error', () => resolve(out || 'ERR'));
  });
}
const status = (r) => r.split('\r\n')[0] + ' ' + (r.match(/"code":"(\w+)"/)?.[1] ?? '');
const upsert = JSON.stringify({ cal_id: 'cal.SampleSupportUS0002', summary: 'audit probe', start_at: '2026-12-01', end_at: '2026-12-02', is_off: true });
const base = (port, extra) => ['POST /api/calendar/event/upsert HTTP/1.1', `Host: 127.0.0.1:${port}`, 'Content-Type: application/json', 'X-Sandbox-Account: atk-audit', ...extra];

const cases = [
  ['4712 TRUST_PROXY: Origin https with XFP https', 4712, ['Origin: https://127.0.0.1:4712', 'X-Forwarded-Proto: https']],
  ['4712: Origin http, XFP https (page over https says http?)', 4712, ['Origin: http://127.0.0.1:4712', 'X-Forwarded-Proto: https']],
  ['4712: Origin evil, XFH evil', 4712, ['Origin: http://evil.example', 'X-Forwarded-Host: evil.example']],
  ['4712: Origin of another loopback port via XFH', 4712, ['Origin: http://127.0.0.1:9999', 'X-Forwarded-Host: 127.0.0.1:9999']],
  ['4712: Origin of other localhost name via XFH', 4712, ['Origin: http://attacker.localhost', 'X-Forwarded-Host: attacker.localhost']],
  ['4711 no TRUST_PROXY: Origin https + XFP https', 4711, ['Origin: https://127.0.0.1:4711', 'X-Forwarded-Proto: https']],
  ['4711: Origin null', 4711, ['Origin: null']],
  ['4711: two Origin headers', 4711, ['Origin: http://127.0.0.1:4711', 'Origin: http://evil.example']],
  ['4711: Origin with trailing slash', 4711, ['Origin: http://127.0.0.1:4711/']],
  ['4711: Origin uppercase host', 4711, ['Origin: http://127.0.0.1:4711', 'Host: 127.0.0.1:4711']],
  ['4711 audit: user twice, differing case', 4711, ['X-Forwarded-User: alice', 'x-forwarded-user: bob']],
  ['4711 audit: user with bidi', 4711, ['X-Forwarded-User: ' + Buffer.from('eve\u202Eecila', 'utf8').toString('latin1')]],
  ['4711 audit: user empty + real', 4711, ['X-Forwarded-User:', 'X-Forwarded-User: bob']],
  ['4711 audit: user with newline escape attempt', 4711, ['X-Forwarded-User: a\\n{"user":"root"}']],
  ['4711 audit: 10k user', 4711, ['X-Forwarded-User: ' + 'u'.repeat(10000)]],
];
for (const [name, port, extra] of cases) console.log(name.padEnd(62), status(await raw(port, base(port, extra), upsert)));
