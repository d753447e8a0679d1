// Paints claims on the page. Main path: the CSS Custom Highlight API, which leaves the page's DOM
// and text untouched. Fallback (no CSS.highlights): <mark> wrapping from wrap.ts.
//
// Look: the background colour says what kind of claim it is (figure, attribution, both) and the
// underline style says what the article says about confirmation, so status never rests on colour
// alone: solid = confirmed, wavy = disputed, dotted = not independently verified, none = nothing said.

import type { Claim, Status } from "../core/model.ts";
import type { DomSpan } from "./textmap.ts";
import { MARK_ATTR, marksIn, unwrap, wrapSpan } from "./wrap.ts";

export type KindKey = "numeric" | "attributed" | "both";
export type HighlightMode = "css" | "wrap";

export const STATUS_KEYS: readonly Status[] = ["confirmed", "disputed", "unverified", "unaddressed"];
export const KIND_KEYS: readonly KindKey[] = ["numeric", "attributed", "both"];

export function kindKey(claim: Pick<Claim, "kinds">): KindKey {
  const n = claim.kinds.includes("numeric");
  const a = claim.kinds.includes("attributed");
  return n && a ? "both" : n ? "numeric" : "attributed";
}

/** The ::highlight() name (and fallback class) of a claim's style. */
export function styleName(claim: Pick<Claim, "kinds" | "status">): string {
  return `claimmark-${kindKey(claim)}-${claim.status}`;
}

const ACTIVE = "claimmark-active";
const FLASH = "claimmark-flash";

interface Palette {
  kind: Record<KindKey, string>;
  line: Record<KindKey, string>;
  active: string;
  flash: string;
}

const LIGHT: Palette = {
  kind: { numeric: "rgba(255, 196, 0, 0.38)", attributed: "rgba(64, 156, 255, 0.26)", both: "rgba(178, 102, 255, 0.28)" },
  line: { numeric: "#8a5a00", attributed: "#0b4f9c", both: "#5b21b6" },
  active: "rgba(255, 150, 0, 0.55)",
  flash: "rgba(255, 99, 71, 0.55)",
};

const DARK: Palette = {
  kind: { numeric: "rgba(255, 200, 40, 0.30)", attributed: "rgba(96, 170, 255, 0.30)", both: "rgba(196, 140, 255, 0.32)" },
  line: { numeric: "#ffd166", attributed: "#9ccaff", both: "#d8b4fe" },
  active: "rgba(255, 170, 60, 0.50)",
  flash: "rgba(255, 120, 90, 0.55)",
};

const UNDERLINE: Record<Status, string> = {
  confirmed: "solid",
  disputed: "wavy",
  unverified: "dotted",
  unaddressed: "none",
};

/** The stylesheet: ::highlight() rules for the main path, mark rules for the fallback. */
export function highlightCss(dark: boolean): string {
  const p = dark ? DARK : LIGHT;
  const rules: string[] = [];
  for (const kind of KIND_KEYS) {
    for (const status of STATUS_KEYS) {
      const name = `claimmark-${kind}-${status}`;
      const style = UNDERLINE[status];
      const deco =
        style === "none"
          ? "text-decoration: none;"
          : `text-decoration: underline ${style} ${p.line[kind]}; text-decoration-thickness: 2px; text-underline-offset: 3px;`;
      const body = `background-color: ${p.kind[kind]}; ${deco}`;
      rules.push(`::highlight(${name}) { ${body} }`);
      rules.push(`mark[${MARK_ATTR}].${name} { ${body} color: inherit; padding: 0; cursor: pointer; }`);
    }
  }
  rules.push(`::highlight(${ACTIVE}) { background-color: ${p.active}; }`);
  rules.push(`mark[${MARK_ATTR}].${ACTIVE} { background-color: ${p.active}; outline: 2px solid ${p.line.numeric}; }`);
  rules.push(`::highlight(${FLASH}) { background-color: ${p.flash}; }`);
  // Forced colors (Windows high contrast): system colours, the underline style still tells status.
  const forced: string[] = [];
  for (const kind of KIND_KEYS) {
    for (const status of STATUS_KEYS) {
      const style = UNDERLINE[status];
      const deco = style === "none" ? "" : ` text-decoration: underline ${style} CanvasText;`;
      forced.push(`::highlight(claimmark-${kind}-${status}) { background-color: Mark; color: MarkText;${deco} }`);
    }
  }
  forced.push(`::highlight(${ACTIVE}) { background-color: Highlight; color: HighlightText; }`);
  rules.push(`@media (forced-colors: active) {\n${forced.join("\n")}\n}`);
  return rules.join("\n");
}

export interface Highlighter {
  readonly mode: HighlightMode;
  /** Paints claims; in wrap mode spans must come from a text map of the current DOM. */
  add(items: { claim: Claim; spans: DomSpan[] }[]): void;
  remove(claimIds: Iterable<string>): void;
  clear(): void;
  has(claimId: string): boolean;
  ids(): string[];
  /** Stronger paint for the claim whose card is open. */
  setActive(claimId: string | null): void;
  /** Briefly marks spans (the evidence sentence). CSS mode only; wrap mode leaves text alone. */
  flash(spans: DomSpan[], ms?: number): void;
  /** Client rectangles of a claim's text, for hit-testing and placing the card. */
  rects(claimId: string): DOMRect[];
  /** The claim painted under a viewport point, if any. */
  claimAt(x: number, y: number, target?: EventTarget | null): string | null;
  setDark(dark: boolean): void;
  /**
   * Windowed: claims are kept (ranges, rects, hit-testing by rect) but only those passed to show()
   * are registered for painting. Chromium's cost for any highlight change grows with every
   * registered range, so a huge article registers only what is near the viewport.
   */
  setWindowed(on: boolean): void;
  show(claimIds: Iterable<string>): void;
  hide(claimIds: Iterable<string>): void;
  /** How many claims are registered for painting now. */
  shownCount(): number;
  destroy(): void;
}

function cssHighlightsAvailable(doc: Document): boolean {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  const css = view?.CSS as { highlights?: unknown } | undefined;
  return !!css && typeof css.highlights === "object" && css.highlights !== null && typeof view?.Highlight === "function";
}

function installStyle(doc: Document, css: string): { update(css: string): void; remove(): void } {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  const Sheet = view?.CSSStyleSheet;
  // Constructed sheets are not subject to the page's style-src CSP; a <style> is the fallback.
  if (Sheet && "adoptedStyleSheets" in doc) {
    try {
      const sheet = new Sheet();
      sheet.replaceSync(css);
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
      return {
        update: (next) => sheet.replaceSync(next),
        remove: () => {
          doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
        },
      };
    } catch {
      // fall through to a <style> element
    }
  }
  const style = doc.createElement("style");
  style.setAttribute(MARK_ATTR, "style");
  style.textContent = css;
  (doc.head ?? doc.documentElement).appendChild(style);
  return {
    update: (next) => {
      style.textContent = next;
    },
    remove: () => style.remove(),
  };
}

function toRange(doc: Document, span: DomSpan): Range | null {
  try {
    const r = doc.createRange();
    r.setStart(span.start.node, span.start.offset);
    r.setEnd(span.end.node, span.end.offset);
    return r;
  } catch {
    return null;
  }
}

function inside(r: DOMRect, x: number, y: number): boolean {
  return x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
}

class CssHighlighter implements Highlighter {
  readonly mode = "css" as const;
  private ranges = new Map<string, { name: string; ranges: Range[]; shown: boolean }>();
  private registry: HighlightRegistry;
  private windowed = false;
  private shown = 0;
  private style: { update(css: string): void; remove(): void };
  private flashTimer: ReturnType<typeof setTimeout> | null = null;
  private active: string | null = null;

  constructor(private readonly doc: Document, dark: boolean) {
    const view = doc.defaultView as Window & typeof globalThis;
    this.registry = view.CSS.highlights;
    this.style = installStyle(doc, highlightCss(dark));
  }

  private highlight(name: string, priority = 0): Highlight {
    let h = this.registry.get(name);
    if (!h) {
      const view = this.doc.defaultView as Window & typeof globalThis;
      h = new view.Highlight();
      h.priority = priority;
      this.registry.set(name, h);
    }
    return h;
  }

  add(items: { claim: Claim; spans: DomSpan[] }[]): void {
    for (const { claim, spans } of items) {
      if (this.ranges.has(claim.id)) this.remove([claim.id]);
      const name = styleName(claim);
      const ranges: Range[] = [];
      for (const s of spans) {
        const r = toRange(this.doc, s);
        if (r) ranges.push(r);
      }
      const entry = { name, ranges, shown: false };
      this.ranges.set(claim.id, entry);
      if (!this.windowed) this.paintEntry(entry, true);
    }
  }

  private paintEntry(entry: { name: string; ranges: Range[]; shown: boolean }, on: boolean): void {
    if (entry.shown === on) return;
    entry.shown = on;
    this.shown += on ? 1 : -1;
    const h = on ? this.highlight(entry.name) : this.registry.get(entry.name);
    for (const r of entry.ranges) {
      if (on) h!.add(r);
      else h?.delete(r);
    }
  }

  setWindowed(on: boolean): void {
    if (on === this.windowed) return;
    this.windowed = on;
    // Turning windowing on hides everything until show() names what is near the viewport.
    for (const entry of this.ranges.values()) this.paintEntry(entry, !on);
  }

  show(claimIds: Iterable<string>): void {
    for (const id of claimIds) {
      const entry = this.ranges.get(id);
      if (entry) this.paintEntry(entry, true);
    }
  }

  hide(claimIds: Iterable<string>): void {
    if (!this.windowed) return;
    for (const id of claimIds) {
      const entry = this.ranges.get(id);
      if (entry) this.paintEntry(entry, false);
    }
  }

  shownCount(): number {
    return this.shown;
  }

  remove(claimIds: Iterable<string>): void {
    for (const id of claimIds) {
      const entry = this.ranges.get(id);
      if (!entry) continue;
      this.paintEntry(entry, false);
      this.ranges.delete(id);
      if (this.active === id) this.setActive(null);
    }
  }

  clear(): void {
    this.remove([...this.ranges.keys()]);
    for (const kind of KIND_KEYS) for (const status of STATUS_KEYS) this.registry.delete(`claimmark-${kind}-${status}`);
    this.setActive(null);
  }

  has(claimId: string): boolean {
    return this.ranges.has(claimId);
  }

  ids(): string[] {
    return [...this.ranges.keys()];
  }

  setActive(claimId: string | null): void {
    this.active = claimId;
    this.registry.delete(ACTIVE);
    const entry = claimId ? this.ranges.get(claimId) : undefined;
    if (!entry) return;
    const h = this.highlight(ACTIVE, 1);
    for (const r of entry.ranges) h.add(r);
  }

  flash(spans: DomSpan[], ms = 1600): void {
    if (this.flashTimer) clearTimeout(this.flashTimer);
    this.registry.delete(FLASH);
    const h = this.highlight(FLASH, 2);
    for (const s of spans) {
      const r = toRange(this.doc, s);
      if (r) h.add(r);
    }
    this.flashTimer = setTimeout(() => {
      this.registry.delete(FLASH);
      this.flashTimer = null;
    }, ms);
  }

  rects(claimId: string): DOMRect[] {
    const entry = this.ranges.get(claimId);
    if (!entry) return [];
    return entry.ranges.flatMap((r) => Array.from(r.getClientRects()));
  }

  claimAt(x: number, y: number, target?: EventTarget | null): string | null {
    const node = target instanceof Node ? target : null;
    for (const [id, entry] of this.ranges) {
      if (!entry.shown) continue;
      for (const r of entry.ranges) {
        if (r.collapsed) continue;
        // Cheap reject: the click target must be inside (or hold) the range's text.
        const common = r.commonAncestorContainer;
        if (node && !(common.contains(node) || node.contains(common))) continue;
        for (const rect of Array.from(r.getClientRects())) if (inside(rect, x, y)) return id;
      }
    }
    return null;
  }

  setDark(dark: boolean): void {
    this.style.update(highlightCss(dark));
  }

  destroy(): void {
    this.clear();
    if (this.flashTimer) clearTimeout(this.flashTimer);
    this.registry.delete(FLASH);
    this.style.remove();
  }
}

class WrapHighlighter implements Highlighter {
  readonly mode = "wrap" as const;
  private marks = new Map<string, HTMLElement[]>();
  private style: { update(css: string): void; remove(): void };

  constructor(private readonly doc: Document, dark: boolean) {
    this.style = installStyle(doc, highlightCss(dark));
  }

  add(items: { claim: Claim; spans: DomSpan[] }[]): void {
    // From the end of the document backwards, so the spans still to wrap stay valid.
    const order = [...items].sort((a, b) => b.claim.start - a.claim.start);
    for (const { claim, spans } of order) {
      if (this.marks.has(claim.id)) continue;
      const marks: HTMLElement[] = [];
      for (let i = spans.length - 1; i >= 0; i--) marks.unshift(...wrapSpan(spans[i]!, claim.id, styleName(claim)));
      this.marks.set(claim.id, marks);
    }
  }

  remove(claimIds: Iterable<string>): void {
    for (const id of claimIds) {
      for (const m of this.marks.get(id) ?? []) unwrap(m);
      this.marks.delete(id);
    }
  }

  clear(): void {
    this.remove([...this.marks.keys()]);
    // Marks whose claim we lost track of (should not happen) go too: the page gets its text back.
    for (const m of marksIn(this.doc)) if (m.getAttribute(MARK_ATTR) !== "style") unwrap(m);
  }

  has(claimId: string): boolean {
    return this.marks.has(claimId);
  }

  ids(): string[] {
    return [...this.marks.keys()];
  }

  setActive(claimId: string | null): void {
    for (const [id, marks] of this.marks) for (const m of marks) m.classList.toggle(ACTIVE, id === claimId);
  }

  flash(): void {
    // Wrapping the evidence would change the DOM under live text maps; scrolling to it is enough.
  }

  // Marks are the page's own elements: nothing to window.
  setWindowed(): void {}
  show(): void {}
  hide(): void {}
  shownCount(): number {
    return this.marks.size;
  }

  rects(claimId: string): DOMRect[] {
    return (this.marks.get(claimId) ?? []).flatMap((m) =>
      typeof m.getClientRects === "function" ? Array.from(m.getClientRects()) : [],
    );
  }

  claimAt(x: number, y: number, target?: EventTarget | null): string | null {
    const el = target && (target as Node).nodeType === 1 ? (target as Element) : null;
    const mark = el?.closest(`mark[${MARK_ATTR}]`);
    if (mark) return mark.getAttribute(MARK_ATTR);
    for (const [id] of this.marks) if (this.rects(id).some((r) => inside(r, x, y))) return id;
    return null;
  }

  setDark(dark: boolean): void {
    this.style.update(highlightCss(dark));
  }

  destroy(): void {
    this.clear();
    this.style.remove();
  }
}

/** The highlighter for `doc`: CSS highlights where the browser has them, wrapping otherwise. */
export function createHighlighter(doc: Document, opts: { mode?: HighlightMode; dark?: boolean } = {}): Highlighter {
  const mode = opts.mode ?? (cssHighlightsAvailable(doc) ? "css" : "wrap");
  return mode === "css" ? new CssHighlighter(doc, opts.dark ?? false) : new WrapHighlighter(doc, opts.dark ?? false);
}
