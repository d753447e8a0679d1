import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import type { Claim } from "../core/model.ts";
import { askPage } from "../background/messaging.ts";
import { setGlobalHighlights, setSiteHighlights } from "../background/settings.ts";
import { ClaimList } from "./ClaimList.tsx";
import { copyClaimLink } from "./copy-link.ts";
import { Empty } from "./Empty.tsx";
import { ALL_FILTERS, applyFilters, summarize, type Filters } from "./filters.ts";
import { FilterBar } from "./FilterBar.tsx";
import { Footer } from "./Footer.tsx";
import { usePageNotes } from "./notes.ts";
import { Orphans } from "./Orphans.tsx";
import { firstContact, usePageLink } from "./page-link.ts";
import { useHighlightSettings } from "./settings-hook.ts";
import { Summary } from "./Summary.tsx";

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.tagName === "INPUT" || el.tagName === "TEXTAREA" || el.tagName === "SELECT" || el.isContentEditable);
}

export function App({ first }: { first: ReturnType<typeof firstContact> }) {
  const link = usePageLink(first);
  const settings = useHighlightSettings();
  const state = link.kind === "connected" ? link.state : null;
  const notes = usePageNotes(state?.phase === "ready" || state?.phase === "no-article" ? state.url : null);

  const [filters, setFilters] = useState<Filters>(ALL_FILTERS);
  const [focusRequest, setFocusRequest] = useState(0);
  const [revealError, setRevealError] = useState<string | null>(null);
  const [shareNote, setShareNote] = useState<string | null>(null);
  const search = useRef<HTMLInputElement>(null);

  const claims = state?.claims ?? [];
  const shown = useMemo(() => applyFilters(claims, filters), [claims, filters]);
  const counts = useMemo(() => summarize(claims), [claims]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "/" && !isTyping(e.target) && search.current) {
        e.preventDefault();
        search.current.focus();
        search.current.select();
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);

  const onSearchKey = (e: KeyboardEvent) => {
    if (e.key === "ArrowDown" && shown.length > 0) {
      e.preventDefault();
      setFocusRequest((n) => n + 1);
    } else if (e.key === "Escape" && filters.query !== "") {
      e.preventDefault();
      setFilters({ ...filters, query: "" });
    }
  };

  const open = (claim: Claim) => {
    if (link.kind !== "connected") return;
    setRevealError(null);
    askPage(link.tabId, "page/reveal-claim", { claimId: claim.id }).then(
      (r) => !r.found && setRevealError("That claim is no longer on the page. It may have changed since it was read."),
      () => setRevealError("The page did not answer. Reload it and try again."),
    );
  };

  const copyLink = (claim: Claim) => {
    if (link.kind !== "connected") return;
    setShareNote(null);
    void copyClaimLink(link.tabId, claim.id).then(setShareNote);
  };

  let body;
  if (link.kind === "asking" || state?.phase === "loading") {
    body = (
      <Empty kind="loading" title="Reading this page…">
        <p>Claimmark is looking for the article and its claims.</p>
      </Empty>
    );
  } else if (link.kind === "unreachable" || !state) {
    body = (
      <Empty kind="unreachable" title="Claimmark can't read this page">
        <p>
          Browsers keep extensions out of their own pages (such as <code>chrome://</code> or
          <code> about:</code> pages), web stores and the PDF viewer. Claimmark works on web articles
          (<code>http</code> and <code>https</code>).
        </p>
        <p>If this is an article that was open before Claimmark was installed or updated, reload it.</p>
      </Empty>
    );
  } else if (state.phase === "off") {
    const globalOff = settings ? !settings.global : false;
    body = (
      <Empty kind="off" title={globalOff ? "Highlights are off on all sites" : `Highlights are off on ${state.site}`}>
        <p>Claimmark does not read pages where it is switched off.</p>
        <button
          type="button"
          class="primary"
          onClick={() => void (globalOff ? setGlobalHighlights(true) : setSiteHighlights(state.site, true))}
        >
          {globalOff ? "Turn on everywhere" : `Turn on for ${state.site}`}
        </button>
      </Empty>
    );
  } else if (state.phase === "no-article") {
    body = (
      <Empty kind="no-article" title="No article on this page">
        <p>
          Claimmark looks for the main text of a story. This page looks like a front page, a form or
          a list of links rather than an article.
        </p>
        <Orphans notes={notes.orphans} />
      </Empty>
    );
  } else if (claims.length === 0) {
    body = (
      <Empty kind="no-claims" title="No claims in this article">
        <p>Claimmark found the article but no sentence in it with a figure or an attributed statement.</p>
        <Orphans notes={notes.orphans} />
      </Empty>
    );
  } else {
    body = (
      <>
        <Summary counts={counts} />
        <FilterBar
          claims={claims}
          filters={filters}
          shown={shown.length}
          onChange={setFilters}
          searchRef={search}
          onSearchKey={onSearchKey}
        />
        {notes.error && (
          <p class="notice" role="alert">
            {notes.error}
          </p>
        )}
        {revealError && (
          <p class="notice" role="alert">
            {revealError}
          </p>
        )}
        {shareNote && (
          <p class="notice share-note" role="status">
            {shareNote}
          </p>
        )}
        {shown.length > 0 ? (
          <ClaimList
            claims={shown}
            noteCounts={notes.counts}
            onOpen={open}
            onCopyLink={copyLink}
            openClaimId={state.openClaimId ?? null}
            focusRequest={focusRequest}
          />
        ) : (
          <Empty kind="no-match" title="No claim matches these filters">
            <button type="button" class="link" onClick={() => setFilters(ALL_FILTERS)}>
              Clear filters
            </button>
          </Empty>
        )}
        <Orphans notes={notes.orphans} />
      </>
    );
  }

  return (
    <div class="popup">
      <header class="header">
        <h1 class="brand">Claimmark</h1>
        {state && state.title && <p class="page-title">{state.title}</p>}
      </header>
      <main class="main">{body}</main>
      <Footer settings={settings} site={state?.site ?? null} />
    </div>
  );
}
