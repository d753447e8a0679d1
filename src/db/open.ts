// One open database per extension context (service worker, notebook page). Opening can stall when
// an older connection elsewhere refuses to let an upgrade through; that is reported, not waited on forever.
import type { DexieOptions } from "dexie";
import { attempt, blockedError, type DbResult } from "./errors.ts";
import { ClaimmarkDB, DB_NAME } from "./schema.ts";

let shared: Promise<DbResult<ClaimmarkDB>> | null = null;

/** Opens `name`; resolves to a "blocked" error if another connection holds up an upgrade. */
export async function openDb(name = DB_NAME, options?: DexieOptions): Promise<DbResult<ClaimmarkDB>> {
  const db = new ClaimmarkDB(name, options);
  let onBlocked: () => void = () => {};
  const blocked = new Promise<DbResult<ClaimmarkDB>>((resolve) => {
    onBlocked = () => resolve({ ok: false, error: blockedError() });
  });
  db.on("blocked", onBlocked);
  const opened = attempt(async () => {
    await db.open();
    return db;
  });
  const result = await Promise.race([opened, blocked]);
  if (!result.ok) db.close();
  return result;
}

/** The context's shared connection; a failed open is retried on the next call. */
export function sharedDb(): Promise<DbResult<ClaimmarkDB>> {
  if (!shared) {
    shared = openDb().then((r) => {
      if (!r.ok) shared = null;
      else r.value.on("close", () => (shared = null));
      return r;
    });
  }
  return shared;
}
