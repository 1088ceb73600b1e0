import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'; // Crockford base32, as the API's ULID-like ids

/** A 26-character, time-ordered request id in the shape the API uses (e.g. 01HK8XQE3Z7JM2NTFQ5YJ8P9R4). */
export function newRequestId(now = Date.now()): string {
  let time = '';
  for (let t = now, i = 0; i < 10; i++, t = Math.floor(t / 32)) time = ALPHABET[t % 32] + time;
  const random = [...randomBytes(16)].map((b) => ALPHABET[b % 32]).join('');
  return time + random;
}
