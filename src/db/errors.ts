// Database failures as values the UI can show: a failed save must tell the reader what happened and
// what to do. The messages say nothing about the draft: whether it could be kept is the UI's to say. Dexie wraps IndexedDB errors (and aborts wrap the
// error that caused them), so classification looks through the whole `inner` chain.

export type DbErrorKind = "quota" | "closed" | "blocked" | "invalid" | "not-found" | "unknown";

export interface DbError {
  kind: DbErrorKind;
  message: string;
}

export type DbResult<T> = { ok: true; value: T } | { ok: false; error: DbError };

export const DB_ERROR_KINDS: readonly DbErrorKind[] = ["quota", "closed", "blocked", "invalid", "not-found", "unknown"];

const MESSAGES: Record<Exclude<DbErrorKind, "invalid" | "not-found" | "unknown">, string> = {
  quota:
    "The browser has no storage space left for Claimmark, so this was not saved. Free some disk space (or clear other sites' data) and save again.",
  closed:
    "The notes database was closed (the browser may be shutting down, or Claimmark was just updated). Save again.",
  blocked:
    "The notes database is being upgraded and another Claimmark page is holding it open. Close other Claimmark pages (notebook, popups) and save again.",
};

export class InvalidInput extends Error {
  override name = "InvalidInput";
}

export class NotFound extends Error {
  override name = "NotFound";
}

export function classifyDbError(e: unknown): DbError {
  const names = errorNames(e);
  if (names.includes("InvalidInput")) return { kind: "invalid", message: messageOf(e) };
  if (names.includes("NotFound")) return { kind: "not-found", message: messageOf(e) };
  if (names.includes("QuotaExceededError")) return { kind: "quota", message: MESSAGES.quota };
  if (names.includes("DatabaseClosedError") || names.includes("InvalidStateError")) return { kind: "closed", message: MESSAGES.closed };
  if (names.includes("BlockedError") || names.includes("VersionChangeError")) return { kind: "blocked", message: MESSAGES.blocked };
  return { kind: "unknown", message: `The notes database failed: ${messageOf(e)}.` };
}

export function blockedError(): DbError {
  return { kind: "blocked", message: MESSAGES.blocked };
}

/** Runs `fn` and turns any throw into a typed DbError. */
export async function attempt<T>(fn: () => Promise<T>): Promise<DbResult<T>> {
  try {
    return { ok: true, value: await fn() };
  } catch (e) {
    return { ok: false, error: classifyDbError(e) };
  }
}

function errorNames(e: unknown): string[] {
  const names: string[] = [];
  const seen = new Set<unknown>();
  let cur: unknown = e;
  while (cur && typeof cur === "object" && !seen.has(cur)) {
    seen.add(cur);
    const o = cur as { name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
    if (typeof o.name === "string") names.push(o.name);
    // Dexie's BulkError carries the per-item failures.
    if (Array.isArray(o.failures)) for (const f of o.failures) names.push(...errorNames(f));
    cur = o.inner ?? o.cause;
  }
  return names;
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
