// A scriptable fake Flashduty for probing live mode: answers each calendar endpoint with whatever
// was last set for it through `POST /__set` ({ "path": "/calendar/info", "status": 200,
// "body": <any JSON or a string sent raw>, "headers": {...}, "delayMs": 0 }). Unset paths get a
// plausible default. Requests are logged (path, query without the key's value, body) to stdout.
// Usage: UPSTREAM_PORT=4719 node attack/hostileUpstream.js
import { createServer } from 'node:http';

const scripts = new Map();
const cal = (id) => ({ ...{}, account_id: 1, cal_id: id, cal_name: `Cal ${typeof id === 'string' ? id : '?'}`, kind: 'personal', timezone: 'Asia/Shanghai', workdays: [1, 2, 3, 4, 5], created_at: 1767225600, updated_at: 1767225600, status: 'enabled' });
const defaults = {
  '/calendar/info': (body) => ({ data: cal(body.cal_id) }),
  '/calendar/list': () => ({ data: { items: [cal('cal.Live1')], total: 1 } }),
  '/calendar/event/list': () => ({ data: { items: [], total: 0 } }),
  '/calendar/event/upsert': (body) => ({ data: { event_id: body.event_id ?? 'cale.new' } }),
};
let n = 0;
createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const url = new URL(req.url, 'http://x');
    const text = Buffer.concat(chunks).toString();
    if (url.pathname === '/__set') {
      const rule = JSON.parse(text);
      scripts.set(rule.path, rule);
      res.end('ok');
      return;
    }
    if (url.pathname === '/__clear') { scripts.clear(); res.end('ok'); return; }
    console.log(JSON.stringify({ n: n++, path: url.pathname, hasKey: url.searchParams.has('app_key'), body: text.slice(0, 300) }));
    let body = {};
    try { body = JSON.parse(text) ?? {}; } catch { body = {}; }
    if (typeof body !== "object") body = {};
    const rule = scripts.get(url.pathname);
    const send = () => {
      if (rule) {
        const payload = typeof rule.body === 'string' ? rule.body : JSON.stringify({ request_id: `up-${n}`, ...rule.body });
        res.writeHead(rule.status ?? 200, { 'content-type': 'application/json', 'flashcat-request-id': `up-${n}`, ...(rule.headers ?? {}) });
        res.end(payload);
        return;
      }
      const make = defaults[url.pathname] ?? (() => ({ data: {} }));
      const payload = JSON.stringify({ request_id: `up-${n}`, ...make(body) });
      res.writeHead(200, { 'content-type': 'application/json', 'flashcat-request-id': `up-${n}` });
      res.end(payload);
    };
    const safe = () => { try { send(); } catch { if (!res.headersSent) res.writeHead(200, { 'content-type': 'application/json' }); res.end('{"data":{}}'); } };
    if (rule?.delayMs) setTimeout(safe, rule.delayMs); else safe();
  });
}).listen(Number(process.env.UPSTREAM_PORT ?? 4719), '127.0.0.1', () => console.log('hostile upstream up'));
