// A reload of the page's code (a part whose chunk still cannot be loaded after a redeploy) keeps
// what is typed: each open form registers how to read its draft, the reload writes the drafts to
// sessionStorage (this tab only, gone with it), and the form they belong to takes its own back once.
const STORAGE_KEY = 'flashduty-calendar:drafts';

export interface KeptDraft {
  /** Whose draft: a form's own key (the event form's: calendar and event, or "new" and the first day). */
  key: string;
  values: Record<string, unknown>;
}

const readers = new Set<() => KeptDraft | undefined>();

/** Registers a form's draft for a reload; the returned function unregisters it. */
export function keepOnReload(read: () => KeptDraft | undefined): () => void {
  readers.add(read);
  return () => void readers.delete(read);
}

function stored(): KeptDraft[] {
  try {
    const parsed: unknown = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((d): d is KeptDraft => typeof d?.key === 'string' && typeof d?.values === 'object' && d.values !== null) : [];
  } catch {
    return [];
  }
}

function store(drafts: KeptDraft[]) {
  try {
    if (drafts.length) sessionStorage.setItem(STORAGE_KEY, JSON.stringify(drafts));
    else sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage refused (private mode, full): the reload then loses the draft, as it did before.
  }
}

let reloading = false;

/** Writes every open form's draft, then reloads the page (without "leave the page?": the drafts are kept). */
export function reloadKeepingDrafts() {
  const drafts = [...readers].flatMap((read) => read() ?? []);
  if (drafts.length) store(drafts);
  reloading = true;
  window.location.reload();
}

/** Whether the page is unloading through reloadKeepingDrafts, which keeps what is typed. */
export const reloadKeepsDrafts = () => reloading;

/** The drafts kept by the last reload, not yet taken. */
export const keptDrafts = (): readonly KeptDraft[] => stored();

/** A form's own draft, once: it is removed as it is taken. */
export function takeDraft(key: string): KeptDraft['values'] | undefined {
  const drafts = stored();
  const mine = drafts.find((d) => d.key === key);
  if (mine) store(drafts.filter((d) => d !== mine));
  return mine?.values;
}
