// Length limits of an event, as the product follows them (the seed page: summary 1–40, description
// at most 500). The current reference says 39 / 499; DESIGN.md records why we follow the seed page.
export const SUMMARY_MAX = 40;
export const DESCRIPTION_MAX = 500;
export const EVENT_ID_MAX = 63;

/** Length in Unicode code points, as the server counts: a CJK character or an emoji is one. */
export function codePointLength(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

/**
 * The longest wait a `Retry-After` is taken for, in seconds: the API's limits are per second and per
 * minute, so a minute always clears them. A longer one (a broken upstream's 999999999, ~31 years) is
 * read as this.
 */
export const MAX_RETRY_AFTER_SECONDS = 60;
