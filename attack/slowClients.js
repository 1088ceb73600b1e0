// Probe: slow clients. N sockets send a request line and then one header byte every 5 s (slowloris),
// M sockets send a POST body a byte at a time; meanwhile, is /healthz answered and how fast?
// Usage: PORT=4710 N=800 node attack/slowClients.js
import net from 'node:net';
const PORT = Number(process.env.PORT ?? 4710), N = Number(process.env.N ?? 800), SECONDS = Number(process.env.SECONDS ?? 20);
const sockets = [];
let closedByServer = 0;
for (let i = 0; i < N; i++) {
  const s = net.connect(PORT, '127.0.0.1', () => s.write(`GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n`));
  s.on('error', () => {});
  s.on('close', () => closedByServer++);
  sockets.push(s);
}
const drip = setInterval(() => sockets.forEach((s) => s.writable && s.write('X-a: b\r\n')), 5000);
const start = Date.now();
let worst = 0, fails = 0;
while (Date.now() - start < SECONDS * 1000) {
  const t = Date.now();
  try { await fetch(`http://127.0.0.1:${PORT}/healthz`, { signal: AbortSignal.timeout(5000) }); } catch { fails++; }
  worst = Math.max(worst, Date.now() - t);
  await new Promise((r) => setTimeout(r, 500));
}
clearInterval(drip);
console.log(`${N} slow sockets for ${SECONDS}s: /healthz worst ${worst} ms, ${fails} failed; sockets closed by the server so far: ${closedByServer}`);
sockets.forEach((s) => s.destroy());
