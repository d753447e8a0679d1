// Claimmark in a page: finds the article, its claims, paints them, opens the card on click or
// keyboard, and keeps up with the page as it changes (infinite scroll, live blogs, SPA navigation).
//
// Keyboard (keys.ts): `]` / `[` (or Alt+Shift+J / Alt+Shift+K) move to the next / previous claim
// and open its card, unless focus is in a text field; Esc closes the card and focus returns.
//
// The page's own scripts never see an exception from here: every event handler is guarded.

import type { Claim } from "../core/model.ts";
import { ClaimCard, type CardSlots } from "./card.ts";
import { extractArticleInSlices, type Article } from "./extract.ts";
import { createHighlighter, type Highlighter, type HighlightMode } from "./highlight.ts";
import { BlockScanner, type Detect, type ScanStats } from "./scan.ts";
import { blocksIn, spansFor, type DomSpan } from "./textmap.ts";
import { pageIsDark } from "./theme.ts";
import { isEditable, keyAction } from "./keys.ts";
import { watchNearViewport, type NearViewport } from "./near.ts";
import { watchPage } from "./watch.ts";

export type PagePhase = "loading" | "ready" | "no-article" | "off";

export interface StartOptions {
  detect: Detect;
  /** Highlights shown (the reader's per-site / global switch). Claims are found either way. */
  enabled?: boolean;
  slots?: CardSlots;
  /** Called after every scan and switch change. */
  onChange?: (info: { phase: PagePhase; claims: Claim[] }) => void;
  /** Force a highlighting path (tests); default: CSS highlights where the browser has them. */
  highlightMode?: HighlightMode;
  /** Longest stretch of work between yields to the page, in ms. */
  sliceMs?: number;
  /** Quiet time after a DOM change before rescanning, in ms. */
  debounceMs?: number;
}

export interface ScanReport extends ScanStats {
  claims: number;
  ms: number;
}

export interface ClaimmarkPage {
  /** Resolves when the first scan has finished (claims found and painted). */
  readonly ready: Promise<void>;
  phase(): PagePhase;
  claims(): Claim[];
  article(): Article | null;
  setEnabled(on: boolean): void;
  setSlots(slots: CardSlots): void;
  /** Scrolls to a claim and opens its card. False when the claim is not on the page. */
  reveal(claimId: string, opts?: { focus?: boolean }): boolean;
  /** Next (1) or previous (-1) claim from the open card or the viewport. */
  step(dir: 1 | -1): void;
  closeCard(): void;
  openClaimId(): string | null;
  /** Scans now (changed blocks only); resolves when done. */
  rescan(): Promise<ScanReport>;
  stop(): void;
}

/** Articles this long register highlights only near the viewport (about 300 claims and up). */
const WINDOW_FROM_CHARS = 50_000;

/**
 * Lets the page run before our next slice. A plain task (not scheduler.yield, whose continuations
 * jump the queue): the page's own timers and the IntersectionObserver callbacks that reveal
 * highlights near the viewport must get their turn while a long article is still being read.
 */
function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof MessageChannel === "function") {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => {
        ch.port1.close();
        resolve();
      };
      ch.port2.postMessage(null);
    } else {
      setTimeout(resolve, 0);
    }
  });
}

function guard<A extends unknown[]>(fn: (...a: A) => void): (...a: A) => void {
  return (...a: A) => {
    try {
      fn(...a);
    } catch {
      // Never into the page's console.
    }
  };
}

export function startClaimmark(doc: Document, opts: StartOptions): ClaimmarkPage {
  const view = doc.defaultView;
  const sliceMs = opts.sliceMs ?? 12;
  const scanner = new BlockScanner(opts.detect);
  let enabled = opts.enabled ?? true;
  let article: Article | null = null;
  let claims: Claim[] = [];
  let scanned = false;
  let stopped = false;
  // Fragment changes are not navigations to a new article (hash routers change the DOM too).
  const pageUrl = () => (view?.location?.href ?? "").replace(/#.*$/, "");
  let url = pageUrl();
  let highlighter: Highlighter | null = null;
  let dark = false;

  const card = new ClaimCard(
    doc,
    {
      onClosed: (id) => {
        if (highlighter && highlighter.has(id)) highlighter.setActive(null);
      },
      onEvidence: (c) => showEvidence(c),
      onStep: (d) => step(d),
    },
    opts.slots ?? {},
  );

  function phase(): PagePhase {
    if (!scanned) return "loading";
    if (!article) return "no-article";
    return enabled ? "ready" : "off";
  }

  function notify(): void {
    try {
      opts.onChange?.({ phase: phase(), claims });
    } catch {
      // a listener's failure is the listener's
    }
  }

  // ---- windowing for huge articles (see Highlighter.setWindowed) ----

  let near: NearViewport | null = null;
  let nearMap = new Map<Element, string[]>();

  /** Turns windowing on for a long article; once on it stays on for this page. */
  function windowed(a: Article): boolean {
    const h = highlighter;
    if (!h || h.mode !== "css") return false;
    if (!near && a.text.length < WINDOW_FROM_CHARS) return false;
    near ??= watchNearViewport(
      doc,
      (ids) => highlighter?.show(ids),
      (ids) => highlighter?.hide(ids),
    );
    if (!near) return false;
    h.setWindowed(true);
    return true;
  }

  function track(a: Article, list: Claim[], map: Map<Element, string[]>): void {
    for (const c of list) {
      const el = blocksIn(a, c.start, c.end)[0]?.el ?? a.root;
      const ids = map.get(el);
      if (ids) ids.push(c.id);
      else map.set(el, [c.id]);
    }
  }

  function ensureHighlighter(): Highlighter {
    if (!highlighter) {
      dark = pageIsDark(doc);
      highlighter = createHighlighter(doc, { mode: opts.highlightMode, dark });
      card.setDark(dark);
    }
    return highlighter;
  }

  // ---- scanning ----

  let running: Promise<ScanReport> | null = null;
  let again = false;

  async function scanOnce(): Promise<ScanReport> {
    const t0 = performance.now();
    let sliceStart = performance.now();
    const overBudget = () => performance.now() - sliceStart > sliceMs;
    const pause = async () => {
      await yieldToPage();
      sliceStart = performance.now();
    };

    const href = pageUrl();
    if (href !== url) {
      // SPA navigation: a new article, nothing carries over.
      url = href;
      card.close();
      highlighter?.clear();
      scanner.reset();
      claims = [];
    }

    // Wrapping changes the DOM the text map describes: unwrap before reading the page again.
    if (highlighter?.mode === "wrap") watcher.quiet(() => highlighter!.clear());

    const next = await extractArticleInSlices(doc, pause, sliceMs);
    if (stopped) return report(t0, { blocks: 0, detectedBlocks: 0, windows: 0 });
    sliceStart = performance.now();
    let stats: ScanStats = { blocks: 0, detectedBlocks: 0, windows: 0 };
    let fresh = new Set<string>();
    const paintedNow = new Set<string>();
    if (!next) {
      article = null;
      claims = [];
    } else {
      // Claims are painted window by window as they are found, so the reader sees the first ones
      // long before a long article is done; the pass after the scan settles the rest.
      const painting = enabled && highlighter?.mode !== "wrap" && opts.highlightMode !== "wrap";
      if (painting) ensureHighlighter();
      const win = painting && windowed(next);
      const early = painting
        ? (found: Claim[]) => {
            const h = ensureHighlighter();
            const add = found.filter((c) => !h.has(c.id) && !paintedNow.has(c.id));
            h.add(add.map((claim) => ({ claim, spans: spansFor(next, claim.start, claim.end) })));
            for (const c of add) paintedNow.add(c.id);
            if (win) {
              track(next, add, nearMap);
              near?.update(nearMap);
            }
          }
        : undefined;
      const result = await scanner.scan(next, pause, overBudget, early);
      article = next;
      claims = result.claims;
      fresh = result.fresh;
      stats = result.stats;
    }
    scanned = true;
    watcher.setRoot(article?.root ?? null);
    await paint(fresh, paintedNow, overBudget, pause);
    notify();
    return report(t0, stats);
  }

  function report(t0: number, stats: ScanStats): ScanReport {
    return { ...stats, claims: claims.length, ms: performance.now() - t0 };
  }

  function rescan(): Promise<ScanReport> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      let r: ScanReport;
      try {
        do {
          again = false;
          try {
            r = await scanOnce();
          } catch {
            // A page whose DOM defeats us (a detached node mid-scan, an exotic element) keeps what
            // was found before, and says it is done rather than "loading" forever.
            scanned = true;
            notify();
            r = { blocks: 0, detectedBlocks: 0, windows: 0, claims: claims.length, ms: 0 };
          }
        } while (again && !stopped);
      } finally {
        running = null;
      }
      return r;
    })();
    return running;
  }

  // ---- painting ----

  /**
   * Brings the highlights in line with `claims`. `fresh`: ids from blocks detected this scan (their
   * old ranges may sit on replaced nodes); `paintedNow`: ids already painted during this scan.
   */
  async function paint(
    fresh: Set<string>,
    paintedNow: Set<string>,
    overBudget: () => boolean,
    pause: () => Promise<void>,
  ): Promise<void> {
    if (!enabled || !article) {
      highlighter?.clear();
      if (!article || !enabled) card.close();
      return;
    }
    const h = ensureHighlighter();
    const current = new Set(claims.map((c) => c.id));
    const openId = card.openClaimId;
    if (openId && !current.has(openId)) card.close();
    // A claim keeps its live ranges while its block is unchanged; anything else is repainted.
    const stale = h.ids().filter((id) => !current.has(id) || (fresh.has(id) && !paintedNow.has(id)));
    h.remove(stale);
    const todo = claims.filter((c) => !h.has(c.id));
    const a = article;
    if (h.mode === "wrap") {
      // All at once, from the end backwards (wrap.ts), with our own DOM changes kept from the observer.
      watcher.quiet(() => h.add(todo.map((claim) => ({ claim, spans: spansFor(a, claim.start, claim.end) }))));
      return;
    }
    for (let i = 0; i < todo.length; ) {
      const batch: { claim: Claim; spans: DomSpan[] }[] = [];
      while (i < todo.length && (batch.length < 20 || !overBudget())) {
        const claim = todo[i++]!;
        batch.push({ claim, spans: spansFor(a, claim.start, claim.end) });
        if (batch.length >= 200) break;
      }
      h.add(batch);
      if (i < todo.length && overBudget()) await pause();
    }
    if (windowed(a)) {
      nearMap = new Map();
      track(a, claims, nearMap);
      near?.update(nearMap);
    }
    if (card.openClaimId) h.setActive(card.openClaimId);
  }

  function setEnabled(on: boolean): void {
    if (on === enabled) return;
    enabled = on;
    if (!on) {
      card.close();
      highlighter?.clear();
      notify();
    } else if (scanned) {
      let sliceStart = performance.now();
      const overBudget = () => performance.now() - sliceStart > sliceMs;
      const pause = async () => {
        await yieldToPage();
        sliceStart = performance.now();
      };
      void paint(new Set(), new Set(), overBudget, pause).then(notify, notify);
    }
  }

  // ---- card ----

  function rectsOf(claim: Claim): DOMRect[] {
    if (highlighter?.has(claim.id)) {
      const r = highlighter.rects(claim.id);
      if (r.length) return r;
    }
    if (!article) return [];
    const out: DOMRect[] = [];
    for (const s of spansFor(article, claim.start, claim.end)) {
      try {
        const range = doc.createRange();
        range.setStart(s.start.node, s.start.offset);
        range.setEnd(s.end.node, s.end.offset);
        out.push(...Array.from(range.getClientRects()));
      } catch {
        // a span whose nodes left the page
      }
    }
    return out;
  }

  function scrollToSpan(spans: DomSpan[]): void {
    if (!view || spans.length === 0) return;
    const s = spans[0]!;
    try {
      const range = doc.createRange();
      range.setStart(s.start.node, s.start.offset);
      range.setEnd(s.end.node, s.end.offset);
      const rect = range.getBoundingClientRect();
      if (rect.height === 0 && rect.width === 0) throw new Error("no layout");
      const margin = view.innerHeight * 0.2;
      if (rect.top < margin || rect.bottom > view.innerHeight - margin) {
        view.scrollBy({ top: rect.top - view.innerHeight / 3, behavior: "instant" as ScrollBehavior });
      }
    } catch {
      const el = s.start.node.nodeType === 1 ? (s.start.node as Element) : s.start.node.parentElement;
      el?.scrollIntoView({ block: "center" });
    }
  }

  function openCard(claim: Claim, focus: boolean): void {
    const index = claims.findIndex((c) => c.id === claim.id);
    card.open(claim, { rects: () => rectsOf(claim), position: { index, total: claims.length }, focus });
    highlighter?.setActive(claim.id);
  }

  function reveal(claimId: string, o: { focus?: boolean } = {}): boolean {
    const claim = claims.find((c) => c.id === claimId);
    if (!claim || !article) return false;
    scrollToSpan(spansFor(article, claim.start, claim.end));
    openCard(claim, o.focus ?? true);
    return true;
  }

  /** Where the evidence sentence is now: its offsets if they still hold it, else the nearest copy. */
  function evidenceRange(a: Article, claim: Claim): [number, number] | null {
    const ev = claim.evidence;
    if (!ev) return null;
    const { evidenceStart: s, evidenceEnd: e } = claim;
    if (s !== null && e !== null && a.text.slice(s, e) === ev) return [s, e];
    // Blocks around a cached claim can move (live blogs): find the copy closest to the claim.
    let best = -1;
    for (let i = a.text.indexOf(ev); i >= 0; i = a.text.indexOf(ev, i + 1)) {
      if (best < 0 || Math.abs(i - claim.start) < Math.abs(best - claim.start)) best = i;
    }
    return best < 0 ? null : [best, best + ev.length];
  }

  function showEvidence(claim: Claim): void {
    if (!article) return;
    const at = evidenceRange(article, claim);
    if (!at) return;
    const spans = spansFor(article, at[0], at[1]);
    scrollToSpan(spans);
    highlighter?.flash(spans);
  }

  function step(dir: 1 | -1): void {
    if (claims.length === 0) return;
    let index: number;
    const openId = card.openClaimId;
    const at = openId ? claims.findIndex((c) => c.id === openId) : -1;
    if (at >= 0) {
      index = at + dir;
    } else {
      // From the viewport: the first claim below its top edge, or the last one above it. Claims are
      // in page order, so their tops rise monotonically enough for a binary search.
      const top = (i: number) => rectsOf(claims[i]!)[0]?.top ?? Number.POSITIVE_INFINITY;
      let lo = 0;
      let hi = claims.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (top(mid) >= 0) hi = mid;
        else lo = mid + 1;
      }
      if (dir === 1) index = lo < claims.length ? lo : 0;
      else index = lo > 0 ? lo - 1 : claims.length - 1;
    }
    if (index < 0 || index >= claims.length) index = (index + claims.length) % claims.length;
    reveal(claims[index]!.id, { focus: true });
  }

  // ---- events ----

  const onClick = guard((e: MouseEvent) => {
    // Only the reader's own clicks: a script's element.click() (a download link, say) is not one.
    if (!e.isTrusted || !enabled || e.button !== 0 || e.defaultPrevented) return;
    if (card.contains(e.target)) return;
    const target = e.target as Element | null;
    const interactive = target?.closest?.("a[href], button, input, select, textarea, label, summary, [contenteditable]");
    const sel = view?.getSelection();
    const selecting = !!sel && !sel.isCollapsed;
    const id = !interactive && !selecting && highlighter ? highlighter.claimAt(e.clientX, e.clientY, e.target) : null;
    const claim = id ? claims.find((c) => c.id === id) : undefined;
    if (claim) openCard(claim, true);
    else if (card.openClaimId) card.close();
  });

  const onKey = guard((e: KeyboardEvent) => {
    if (!e.isTrusted || e.defaultPrevented || !enabled) return;
    const origin = (e.composedPath?.()[0] ?? e.target) as EventTarget | null;
    const action = keyAction(e, { cardOpen: card.openClaimId !== null, typing: isEditable(origin) });
    if (action === null || (action !== "close" && claims.length === 0)) return;
    e.preventDefault();
    if (action === "close") card.close();
    else step(action === "next" ? 1 : -1);
  });

  const watcher = watchPage(doc, {
    debounceMs: opts.debounceMs ?? 300,
    onChange: () => {
      if (!stopped) void rescan().catch(() => undefined);
    },
    isOurs: (n) => card.contains(n),
  });

  doc.addEventListener("click", onClick, true);
  doc.addEventListener("keydown", onKey, true);

  const ready = rescan().then(
    () => undefined,
    () => undefined,
  );

  return {
    ready,
    phase,
    claims: () => claims,
    article: () => article,
    setEnabled: guard(setEnabled),
    setSlots: (slots) => {
      card.slots = slots;
    },
    reveal: (id, o) => {
      try {
        return reveal(id, o);
      } catch {
        return false;
      }
    },
    step: guard(step),
    closeCard: () => card.close(),
    openClaimId: () => card.openClaimId,
    rescan,
    stop: () => {
      stopped = true;
      watcher.stop();
      near?.stop();
      doc.removeEventListener("click", onClick, true);
      doc.removeEventListener("keydown", onKey, true);
      card.destroy();
      highlighter?.destroy();
      highlighter = null;
    },
  };
}
