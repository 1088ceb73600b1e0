// A request body as both backends and the audit trail read it, and as live mode sends it on: a JSON
// object whose keys are exactly the contract's (src/core/apiContract.ts REQUEST_FIELDS), each once.
// JavaScript's JSON.parse and Flashduty's decoder (Go's encoding/json: keys matched case-insensitively
// with Unicode folding, ſ = s and K = k, the last match winning) read `cal_id` and `CAL_ID`, or a key
// given twice, differently: such a body could be audited as one calendar and written to another.
// What was read is written anew for Flashduty (`text`), so that what is audited is what is sent.

export type BodyProblem =
  | { type: 'not-json' }
  | { type: 'not-an-object' }
  | { type: 'unknown-field'; field: string }
  | { type: 'repeated-field'; field: string }
  | { type: 'too-deep'; max: number };

/** How deep a body may nest: the contract's deepest field is a list of values in the body's object (2). */
export const MAX_BODY_DEPTH = 8;

export type ReadBody = { ok: true; body: Record<string, unknown>; text: string } | { ok: false; problem: BodyProblem };

/** Reads a request body (empty: `{}`) that may hold only `fields`, each at most once. */
export function readRequestBody(raw: unknown, fields: readonly string[]): ReadBody {
  const text = typeof raw === 'string' && raw.trim() !== '' ? raw : '{}';
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { ok: false, problem: { type: 'not-json' } };
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return { ok: false, problem: { type: 'not-an-object' } };
  // Before anything walks it: writing a body nested thousands deep anew overflowed the stack (a 500).
  if (depthOf(text) > MAX_BODY_DEPTH) return { ok: false, problem: { type: 'too-deep', max: MAX_BODY_DEPTH } };
  const unknown = Object.keys(body).find((key) => !fields.includes(key));
  if (unknown !== undefined) return { ok: false, problem: { type: 'unknown-field', field: unknown } };
  const repeated = repeatedKey(text);
  if (repeated !== undefined) return { ok: false, problem: { type: 'repeated-field', field: repeated } };
  return { ok: true, body: body as Record<string, unknown>, text: JSON.stringify(body) };
}

const STRING = /"(?:[^"\\]|\\.)*"/y;
const SPACE = /[ \t\n\r]*/y;

/** How deep the objects and lists of a JSON text nest (strings skipped). */
export function depthOf(json: string): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < json.length; i++) {
    const c = json[i];
    if (c === '{' || c === '[') deepest = Math.max(deepest, ++depth);
    else if (c === '}' || c === ']') depth--;
    else if (c === '"') {
      STRING.lastIndex = i;
      i += (STRING.exec(json)?.[0].length ?? 1) - 1;
    }
  }
  return deepest;
}

/** The first key that an object of a JSON text holds twice, at any depth (compared unescaped), if any. */
export function repeatedKey(json: string): string | undefined {
  // One entry per open object (its keys so far) or array (undefined).
  const open: (Set<string> | undefined)[] = [];
  for (let i = 0; i < json.length; i++) {
    const c = json[i];
    if (c === '{') open.push(new Set());
    else if (c === '[') open.push(undefined);
    else if (c === '}' || c === ']') open.pop();
    else if (c === '"') {
      STRING.lastIndex = i;
      const token = STRING.exec(json)?.[0] ?? '"';
      SPACE.lastIndex = i + token.length;
      SPACE.exec(json);
      const keys = open.at(-1);
      // In an object, a string followed by a colon is a key.
      if (keys && json[SPACE.lastIndex] === ':') {
        const key = JSON.parse(token) as string;
        if (keys.has(key)) return key;
        keys.add(key);
      }
      i += token.length - 1;
    }
  }
  return undefined;
}
