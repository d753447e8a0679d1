// Export every note as a W3C Web Annotation file (JSON-LD) and import one back: the file is
// validated, duplicates are skipped, and the report says what was imported and what was rejected, why.
import { useState } from "preact/hooks";
import { MAX_IMPORT_BYTES } from "../core/annotation.ts";
import { sharedDb } from "../db/open.ts";
import { exportNotes, importNotes, type ImportReport } from "../db/portable.ts";

type Outcome = { kind: "ok"; text: string; report?: ImportReport } | { kind: "error"; text: string } | null;

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function reportSentence(r: ImportReport): string {
  const parts = [`Imported ${plural(r.imported, "note", "notes")}`];
  if (r.updated) parts.push(`updated ${r.updated} with a newer version`);
  if (r.duplicates) parts.push(`skipped ${plural(r.duplicates, "duplicate", "duplicates")} already here`);
  if (r.rejected.length) parts.push(`rejected ${r.rejected.length}`);
  return parts.join(", ") + ".";
}

export function ImportExport() {
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);

  async function doExport() {
    const db = await sharedDb();
    const r = db.ok ? await exportNotes(db.value) : db;
    if (!r.ok) {
      setOutcome({ kind: "error", text: r.error.message });
      return;
    }
    const blob = new Blob([r.value.json], { type: "application/ld+json" });
    const url = URL.createObjectURL(blob);
    const a = document.createElement("a");
    a.href = url;
    a.download = `claimmark-notes-${new Date().toISOString().slice(0, 10)}.jsonld`;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    setOutcome({ kind: "ok", text: `Exported ${plural(r.value.count, "note", "notes")}.` });
  }

  async function doImport(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = "";
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      setOutcome({ kind: "error", text: `${file.name} is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB; nothing was imported.` });
      return;
    }
    setBusy(true);
    try {
      const text = await file.text();
      const db = await sharedDb();
      const r = db.ok ? await importNotes(db.value, text) : db;
      if (!r.ok) setOutcome({ kind: "error", text: `${file.name}: ${r.error.message}` });
      else setOutcome({ kind: "ok", text: `${file.name}: ${reportSentence(r.value)}`, report: r.value });
    } catch (e) {
      setOutcome({ kind: "error", text: `${file.name} could not be read (${String(e)}); nothing was imported.` });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="io" aria-label="Export and import">
      <button type="button" class="export" onClick={() => void doExport()}>
        Export notes
      </button>
      <label class="import">
        Import notes…
        <input
          type="file"
          accept=".jsonld,.json,application/ld+json,application/json"
          disabled={busy}
          onChange={(e) => void doImport(e.currentTarget as HTMLInputElement)}
        />
      </label>
      {outcome?.kind === "error" && (
        <p class="error import-result" role="alert">
          {outcome.text}
        </p>
      )}
      {outcome?.kind === "ok" && (
        <div class="import-result" role="status">
          <p>{outcome.text}</p>
          {outcome.report && outcome.report.rejected.length > 0 && (
            <details open>
              <summary>Why {plural(outcome.report.rejected.length, "annotation was", "annotations were")} rejected</summary>
              <ul class="rejected">
                {outcome.report.rejected.map((r) => (
                  <li>
                    #{r.index + 1}
                    {r.id ? ` (${r.id})` : ""}: {r.reason}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </div>
      )}
    </section>
  );
}
