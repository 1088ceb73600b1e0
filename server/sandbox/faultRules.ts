// What a test may ask the sandbox to play (served by controls.ts, played by faults.ts): each field
// checked, nothing else kept. `path`: the endpoint it applies to (every endpoint when absent);
// `times`: how many requests (default 1).
import * as z from 'zod/mini';

/** Fault rules an account may have waiting. */
const MAX_FAULT_RULES = 100;

const status = z.int().check(z.gte(200), z.lte(599));
const errorFault = {
  code: z.string().check(z.minLength(1), z.maxLength(100)),
  message: z.optional(z.string().check(z.maxLength(1000))),
  status: z.optional(status),
  // Up to a broken upstream's 999999999 (~31 years), which the proxy and the client cap.
  retryAfter: z.optional(z.int().check(z.gte(0), z.lte(999_999_999))),
};
const faultRuleSchema = z.object({
  path: z.optional(z.string().check(z.maxLength(100))),
  times: z.optional(z.int().check(z.gte(1), z.lte(1000))),
  fault: z.union([
    z.object({ type: z.literal('error'), ...errorFault }),
    // The request is carried out (an event stored), then answered with this error: an answer lost after the commit.
    // `commitAfterMs`: answered at once, carried out that much later (Flashduty storing it after a timeout).
    z.object({ type: z.literal('commit-then-error'), ...errorFault, commitAfterMs: z.optional(z.int().check(z.gte(0), z.lte(120_000))) }),
    z.object({ type: z.literal('delay'), ms: z.int().check(z.gte(0), z.lte(120_000)) }),
    z.object({ type: z.literal('html'), status: z.optional(status) }),
    z.object({ type: z.literal('drop') }),
    // A well-formed answer with one malformed record (a list's first item, or the calendar itself).
    z.object({ type: z.literal('corrupt') }),
    // Headers at once, then the body a few bytes at a time over `ms` (an upstream that dawdles).
    z.object({ type: z.literal('trickle'), ms: z.int().check(z.gte(0), z.lte(120_000)) }),
    // A valid envelope padded to `bytes` (an upstream answer too large to hold).
    z.object({ type: z.literal('huge'), bytes: z.int().check(z.gte(1024), z.lte(64 * 1024 * 1024)) }),
  ]),
});

export type FaultRule = z.output<typeof faultRuleSchema>;
/** A failure to play on purpose, as the fault rules' schema admits it. */
export type Fault = FaultRule['fault'];
export type WaitingFaults = { path?: string; fault: Fault; remaining: number }[];

/** The fault to play for this request, if one waits (and counts it as played). */
export function takeFault(faults: WaitingFaults, path: string): Fault | undefined {
  const rule = faults.find((f) => f.remaining > 0 && (!f.path || f.path === path));
  if (!rule) return undefined;
  rule.remaining--;
  faults.splice(0, faults.length, ...faults.filter((f) => f.remaining > 0));
  return rule.fault;
}

/** Adds a fault rule, checked and copied field by field; false when it is not one or too many wait. */
export function addFault(faults: WaitingFaults, input: unknown): boolean {
  const rule = z.safeParse(faultRuleSchema, input);
  if (!rule.success || faults.length >= MAX_FAULT_RULES) return false;
  faults.push({ path: rule.data.path, fault: rule.data.fault, remaining: rule.data.times ?? 1 });
  return true;
}
