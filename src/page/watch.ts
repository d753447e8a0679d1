// Notices when the article may have changed: DOM mutations in or near it (infinite scroll, live
// blog entries, SPA swaps) and History/Navigation API navigations, which a content script cannot
// patch from its isolated world but can observe (popstate, navigation events, URL checks on
// mutations). Bursts are debounced into one call, with a ceiling so a busy live blog still updates.

export interface WatchOptions {
  debounceMs: number;
  /** Longest delay for a continuous stream of changes. */
  maxWaitMs?: number;
  onChange: () => void;
  /** Nodes that belong to Claimmark itself (the card host); their changes are ignored. */
  isOurs: (node: Node) => boolean;
}

export interface PageWatcher {
  /** The current article root: changes inside it always count. */
  setRoot(root: Element | null): void;
  /** Runs `fn` (our own DOM changes) without reporting them. */
  quiet(fn: () => void): void;
  stop(): void;
}

/** New content outside the article counts when it brings at least this much text. */
const OUTSIDE_TEXT = 40;

function textLength(node: Node): number {
  return (node.textContent ?? "").trim().length;
}

export function watchPage(doc: Document, opts: WatchOptions): PageWatcher {
  const view = doc.defaultView;
  const maxWait = opts.maxWaitMs ?? Math.max(1500, opts.debounceMs * 4);
  let root: Element | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let firstPending = 0;
  let stopped = false;
  let href = view?.location?.href ?? "";

  const fire = () => {
    timer = null;
    firstPending = 0;
    if (!stopped) {
      try {
        opts.onChange();
      } catch {
        // never into the page
      }
    }
  };

  const schedule = () => {
    if (stopped) return;
    const now = Date.now();
    if (!firstPending) firstPending = now;
    if (timer) clearTimeout(timer);
    const wait = Math.max(0, Math.min(opts.debounceMs, firstPending + maxWait - now));
    timer = setTimeout(fire, wait);
  };

  const relevant = (records: MutationRecord[]): boolean => {
    const nowHref = view?.location?.href ?? "";
    if (nowHref !== href) {
      href = nowHref;
      return true;
    }
    if (root && !root.isConnected) return true;
    for (const r of records) {
      if (opts.isOurs(r.target)) continue;
      const inRoot = !!root && (root === r.target || root.contains(r.target));
      if (r.type === "characterData") {
        if (inRoot) return true;
        continue;
      }
      for (const n of Array.from(r.addedNodes)) {
        if (opts.isOurs(n)) continue;
        // Outside the article (or before one exists) only real prose counts, not ticker updates.
        if (inRoot ? textLength(n) > 0 : textLength(n) >= OUTSIDE_TEXT) return true;
      }
      for (const n of Array.from(r.removedNodes)) {
        if (opts.isOurs(n)) continue;
        if (inRoot && textLength(n) > 0) return true;
        if (root && n.contains(root)) return true;
      }
    }
    return false;
  };

  const observer = view?.MutationObserver
    ? new view.MutationObserver((records) => {
        try {
          if (relevant(records)) schedule();
        } catch {
          // never into the page
        }
      })
    : null;
  const target = doc.documentElement;
  const observe = () => observer?.observe(target, { childList: true, subtree: true, characterData: true });
  observe();

  const onNav = () => {
    const nowHref = view?.location?.href ?? "";
    href = nowHref;
    schedule();
  };
  view?.addEventListener("popstate", onNav);
  view?.addEventListener("hashchange", onNav);
  view?.addEventListener("pageshow", onNav);
  const nav = (view as unknown as { navigation?: EventTarget } | null)?.navigation;
  nav?.addEventListener?.("navigatesuccess", onNav);

  return {
    setRoot(r) {
      root = r;
    },
    quiet(fn) {
      const pending = observer?.takeRecords() ?? [];
      observer?.disconnect();
      try {
        fn();
      } finally {
        observe();
        if (pending.length && relevant(pending)) schedule();
      }
    },
    stop() {
      stopped = true;
      observer?.disconnect();
      if (timer) clearTimeout(timer);
      view?.removeEventListener("popstate", onNav);
      view?.removeEventListener("hashchange", onNav);
      view?.removeEventListener("pageshow", onNav);
      nav?.removeEventListener?.("navigatesuccess", onNav);
    },
  };
}
