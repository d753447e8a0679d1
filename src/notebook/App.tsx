// The notebook: every note across sites, grouped by page, newest first; search, filters, edit,
// delete with undo, export and import. Reads the database directly (an extension page may) and
// follows changes made elsewhere (a card saving a note) through Dexie's liveQuery.
import { liveQuery } from "dexie";
import { useEffect, useMemo, useState } from "preact/hooks";
import type { Status } from "../core/model.ts";
import { loadNotebook, type NotebookData } from "../db/notes.ts";
import { sharedDb } from "../db/open.ts";
import { ImportExport } from "./ImportExport.tsx";
import { NoteItem, type Toast } from "./NoteItem.tsx";
import { STATUS_WORDS } from "./words.ts";
import {
  buildEntries,
  EMPTY_QUERY,
  searchNotebook,
  sitesOf,
  type NotebookEntry,
  type PageGroup,
  type PlacementFilter,
  type Query,
} from "./search.ts";

const PAGE_SIZE = 200;

type Loaded = { data: NotebookData; error: null } | { data: null; error: string } | null;

function useNotebook(): Loaded {
  const [state, setState] = useState<Loaded>(null);
  useEffect(() => {
    let unsubscribe = () => {};
    let gone = false;
    // Opened outside liveQuery: its querier may only await Dexie's own promises, or it stops
    // noticing changes (a card saving a note through the service worker, another notebook tab).
    void sharedDb().then((db) => {
      if (gone) return;
      if (!db.ok) {
        setState({ data: null, error: db.error.message });
        return;
      }
      const sub = liveQuery(() => loadNotebook(db.value)).subscribe({
        next: (r) => setState(r.ok ? { data: r.value, error: null } : { data: null, error: r.error.message }),
        error: (e: unknown) => setState({ data: null, error: `The notes could not be read: ${String(e)}` }),
      });
      unsubscribe = () => sub.unsubscribe();
    });
    return () => {
      gone = true;
      unsubscribe();
    };
  }, []);
  return state;
}

/** The search, with a User Timing measure per run (the benchmark reads it). */
function timedSearch(entries: NotebookEntry[], query: Query): PageGroup[] {
  const t0 = performance.now();
  const groups = searchNotebook(entries, query);
  try {
    performance.measure("claimmark:notebook-search", { start: t0, end: performance.now(), detail: { notes: entries.length, text: query.text } });
  } catch {
    // no User Timing: unmeasured
  }
  return groups;
}

export function App() {
  const loaded = useNotebook();
  const [query, setQuery] = useState<Query>(EMPTY_QUERY);
  const [shown, setShown] = useState(PAGE_SIZE);
  const [toast, setToast] = useState<Toast | null>(null);

  const entries = useMemo(() => (loaded?.data ? buildEntries(loaded.data.notes, loaded.data.claims, loaded.data.pages) : []), [loaded]);
  const groups = useMemo(() => timedSearch(entries, query), [entries, query]);
  const sites = useMemo(() => sitesOf(entries), [entries]);
  const matching = groups.reduce((n, g) => n + g.entries.length, 0);

  useEffect(() => setShown(PAGE_SIZE), [query]);

  const update = (patch: Partial<Query>) => setQuery((q) => ({ ...q, ...patch }));

  let budget = shown;
  const visible = groups
    .map((g) => {
      const take = g.entries.slice(0, Math.max(0, budget));
      budget -= take.length;
      return { ...g, entries: take };
    })
    .filter((g) => g.entries.length > 0);

  return (
    <div class="notebook">
      <header class="top">
        <h1>Claimmark notebook</h1>
        <p class="summary">
          {loaded?.data
            ? `${entries.length} ${entries.length === 1 ? "note" : "notes"} on ${loaded.data.pages.length} ${loaded.data.pages.length === 1 ? "page" : "pages"}`
            : loaded === null
              ? "Loading your notes…"
              : ""}
        </p>
      </header>

      {loaded?.error && (
        <p class="error" role="alert">
          {loaded.error}
        </p>
      )}

      <ImportExport />

      <section class="filters" aria-label="Search and filters">
        <input
          type="search"
          class="search"
          placeholder="Search notes and claims"
          aria-label="Search notes and claims"
          value={query.text}
          onInput={(e) => update({ text: (e.currentTarget as HTMLInputElement).value })}
        />
        <label>
          Site{" "}
          <select aria-label="Site" value={query.site ?? ""} onChange={(e) => update({ site: (e.currentTarget as HTMLSelectElement).value || null })}>
            <option value="">All sites</option>
            {sites.map((s) => (
              <option value={s}>{s}</option>
            ))}
          </select>
        </label>
        <label>
          Status{" "}
          <select
            aria-label="Status"
            value={query.status ?? ""}
            onChange={(e) => update({ status: ((e.currentTarget as HTMLSelectElement).value || null) as Status | null })}
          >
            <option value="">Any status</option>
            {(Object.keys(STATUS_WORDS) as Status[]).map((s) => (
              <option value={s}>{STATUS_WORDS[s]}</option>
            ))}
          </select>
        </label>
        <label>
          Placement{" "}
          <select aria-label="Placement" value={query.placement} onChange={(e) => update({ placement: (e.currentTarget as HTMLSelectElement).value as PlacementFilter })}>
            <option value="all">All notes</option>
            <option value="figure-changed">Figure changed since</option>
            <option value="orphaned">Could not be placed</option>
          </select>
        </label>
      </section>

      {toast && (
        <p class="toast" role="status">
          {toast.text}{" "}
          {toast.undo && (
            <button
              type="button"
              onClick={() => {
                const undo = toast.undo!;
                setToast(null);
                void undo();
              }}
            >
              Undo
            </button>
          )}
        </p>
      )}

      <main>
        {loaded?.data && entries.length === 0 && (
          <p class="empty">No notes yet. On a news article, click a highlighted claim and write a note on its card; it appears here.</p>
        )}
        {entries.length > 0 && matching === 0 && <p class="empty">No notes match.</p>}
        {visible.map((g) => (
          <section class="page" key={g.pageUrl} aria-label={g.title}>
            <h2>
              <a href={g.pageUrl} target="_blank" rel="noopener noreferrer">
                {g.title}
              </a>
            </h2>
            <p class="page-meta">
              {g.site} · {g.entries.length} {g.entries.length === 1 ? "note" : "notes"}
            </p>
            <ul class="notes">
              {g.entries.map((e) => (
                <NoteItem key={e.note.id} entry={e} onToast={setToast} />
              ))}
            </ul>
          </section>
        ))}
        {matching > shown && (
          <button type="button" class="more" onClick={() => setShown((n) => n + PAGE_SIZE)}>
            Show {Math.min(PAGE_SIZE, matching - shown)} more of {matching - shown}
          </button>
        )}
      </main>
    </div>
  );
}
