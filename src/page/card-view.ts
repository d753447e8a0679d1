// The claim card's content, built with plain DOM calls. Every page-derived string goes in through
// textContent; no markup is ever parsed from page or claim data.

import type { Claim, SourceKind, Status } from "../core/model.ts";
import { numberText } from "./number-text.ts";

export const STATUS_WORDS: Record<Status, string> = {
  confirmed: "Confirmed by another party",
  disputed: "Disputed",
  unverified: "Not independently verified",
  unaddressed: "Nothing said about confirmation",
};

export const SOURCE_KIND_WORDS: Record<SourceKind, string> = {
  person: "person",
  organization: "organization",
  group: "group",
  anonymous: "anonymous source",
  document: "document",
};

export function kindWords(claim: Claim): string {
  const n = claim.kinds.includes("numeric");
  const a = claim.kinds.includes("attributed");
  return n && a ? "Figures, attributed" : n ? "Figures" : "Attributed claim";
}

type Child = Node | string | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  props: { class?: string; attrs?: Record<string, string>; text?: string } = {},
  children: Child[] = [],
): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  if (props.class) e.className = props.class;
  for (const [k, v] of Object.entries(props.attrs ?? {})) e.setAttribute(k, v);
  if (props.text !== undefined) e.textContent = props.text;
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    e.appendChild(typeof c === "string" ? doc.createTextNode(c) : c);
  }
  return e;
}

/** The claim sentence with its figures in <strong>, built from text nodes. */
export function claimQuote(doc: Document, claim: Claim): HTMLElement {
  const q = el(doc, "blockquote", { class: "claim" });
  const marks = claim.figures
    .map((f) => ({ s: f.start - claim.start, e: f.end - claim.start }))
    .filter((f) => f.s >= 0 && f.e <= claim.text.length && f.e > f.s)
    .sort((a, b) => a.s - b.s);
  let at = 0;
  for (const f of marks) {
    if (f.s < at) continue;
    if (f.s > at) q.appendChild(doc.createTextNode(claim.text.slice(at, f.s)));
    q.appendChild(el(doc, "strong", { class: "figure", text: claim.text.slice(f.s, f.e) }));
    at = f.e;
  }
  if (at < claim.text.length) q.appendChild(doc.createTextNode(claim.text.slice(at)));
  return q;
}

function figuresLine(doc: Document, claim: Claim): HTMLElement | null {
  if (claim.figures.length === 0) return null;
  const list = el(doc, "ul", { class: "figures" });
  for (const f of claim.figures) {
    const extra: string[] = [];
    if (f.approx) extra.push("approximate");
    if (f.value !== undefined && f.unit) extra.push(`${numberText(f.value)} ${f.unit}`);
    list.appendChild(el(doc, "li", {}, [el(doc, "span", { class: "figure-text", text: f.text }), extra.length ? ` (${extra.join(", ")})` : null]));
  }
  return list;
}

function sourceLine(doc: Document, claim: Claim): HTMLElement {
  const s = claim.source;
  if (!s) return el(doc, "p", { class: "source none", text: "No stated source" });
  return el(doc, "p", { class: "source" }, [
    el(doc, "span", { class: "source-name", text: s.name }),
    s.role ? el(doc, "span", { class: "source-role", text: `, ${s.role}` }) : null,
    el(doc, "span", { class: "source-kind", text: ` · ${SOURCE_KIND_WORDS[s.kind] ?? s.kind}` }),
    s.via ? el(doc, "span", { class: "source-via", text: ` · via ${s.via}` }) : null,
  ]);
}

export interface CardViewHandlers {
  onClose(): void;
  onEvidence(claim: Claim): void;
  onStep(dir: 1 | -1): void;
}

export interface CardView {
  root: HTMLElement;
  notes: HTMLElement;
  share: HTMLElement;
  close: HTMLButtonElement;
}

/** Builds the card for `claim`; `position` is "3 of 12" style context for the walk buttons. */
export function buildCardView(doc: Document, claim: Claim, position: { index: number; total: number }, on: CardViewHandlers): CardView {
  const close = el(doc, "button", { class: "close", attrs: { type: "button", "aria-label": "Close claim card (Esc)" }, text: "×" });
  close.addEventListener("click", () => on.onClose());

  const statusBlock = el(doc, "div", { class: "status-block" }, [
    el(doc, "p", { class: `status status-${claim.status}`, attrs: { "data-status": claim.status }, text: STATUS_WORDS[claim.status] }),
  ]);
  if (claim.evidence) {
    const ev = el(doc, "button", {
      class: "evidence",
      attrs: { type: "button", title: "Show this sentence in the article" },
      text: `“${claim.evidence}”`,
    });
    ev.addEventListener("click", () => on.onEvidence(claim));
    statusBlock.appendChild(ev);
  }

  const notes = el(doc, "section", { class: "notes", attrs: { "aria-label": "Your notes", "data-slot": "notes" } }, [
    el(doc, "p", { class: "placeholder", text: "Notes load from the extension" }),
  ]);
  const share = el(doc, "div", { class: "share", attrs: { "data-slot": "share" } });

  const prev = el(doc, "button", { class: "step prev", attrs: { type: "button", "aria-label": "Previous claim" }, text: "‹ Prev" });
  const next = el(doc, "button", { class: "step next", attrs: { type: "button", "aria-label": "Next claim" }, text: "Next ›" });
  prev.addEventListener("click", () => on.onStep(-1));
  next.addEventListener("click", () => on.onStep(1));

  const figures = figuresLine(doc, claim);
  const root = el(
    doc,
    "div",
    {
      class: `card kind-${claim.kinds.join("-")}`,
      attrs: { role: "dialog", "aria-modal": "false", "aria-labelledby": "cm-title", tabindex: "-1", "data-claim-id": claim.id },
    },
    [
      el(doc, "header", {}, [el(doc, "h2", { attrs: { id: "cm-title" }, text: kindWords(claim) }), close]),
      claimQuote(doc, claim),
      figures && el(doc, "h3", { text: "Figures" }),
      figures,
      el(doc, "h3", { text: "Stated source" }),
      sourceLine(doc, claim),
      el(doc, "h3", { text: "Confirmation" }),
      statusBlock,
      el(doc, "h3", { text: "Notes" }),
      notes,
      share,
      el(doc, "nav", { class: "walk", attrs: { "aria-label": "Claims on this page" } }, [
        prev,
        el(doc, "span", { class: "count", text: `${position.index + 1} of ${position.total}` }),
        next,
      ]),
    ],
  );
  return { root, notes, share, close };
}

export function cardCss(dark: boolean): string {
  const c = dark
    ? { bg: "#1f2328", fg: "#e8e6e3", muted: "#a8b0b8", line: "#3a4047", accent: "#f5b83d", btn: "#2b3036", shadow: "rgba(0,0,0,.6)" }
    : { bg: "#ffffff", fg: "#1d1d1f", muted: "#5b616b", line: "#d9dce1", accent: "#9a5b00", btn: "#f2f3f5", shadow: "rgba(0,0,0,.22)" };
  return `
:host { all: initial !important; position: fixed !important; top: 0 !important; left: 0 !important;
  width: 0 !important; height: 0 !important; z-index: 2147483647 !important; display: block !important; }
.card { position: fixed; box-sizing: border-box; width: min(380px, calc(100vw - 16px));
  max-height: calc(100vh - 16px); overflow: auto; background: ${c.bg}; color: ${c.fg};
  border: 1px solid ${c.line}; border-radius: 10px; box-shadow: 0 8px 28px ${c.shadow};
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; padding: 12px 14px; text-align: left; }
.card:focus { outline: 2px solid ${c.accent}; outline-offset: 2px; }
header { display: flex; align-items: center; justify-content: space-between; gap: 8px; }
h2 { font-size: 12px; font-weight: 600; letter-spacing: .04em; text-transform: uppercase; color: ${c.muted}; margin: 0; }
h3 { font-size: 11px; font-weight: 600; letter-spacing: .04em; text-transform: uppercase; color: ${c.muted}; margin: 10px 0 2px; }
button { font: inherit; color: inherit; background: ${c.btn}; border: 1px solid ${c.line}; border-radius: 6px; padding: 3px 8px; cursor: pointer; }
button:focus-visible { outline: 2px solid ${c.accent}; outline-offset: 1px; }
.close { font-size: 18px; line-height: 1; padding: 2px 8px; }
.claim { margin: 8px 0 0; padding: 0 0 0 10px; border-left: 3px solid ${c.accent}; }
.figure { font-weight: 700; }
.figures { margin: 0; padding-left: 18px; }
p { margin: 0; }
.source-name { font-weight: 600; }
.source-kind, .source-via, .source.none { color: ${c.muted}; }
.status { font-weight: 600; }
.status-confirmed::before { content: "✔ "; }
.status-disputed::before { content: "✖ "; }
.status-unverified::before { content: "? "; }
.status-unaddressed::before { content: "– "; }
.evidence { display: block; margin-top: 4px; text-align: left; font-style: italic; background: transparent; border: 0;
  border-left: 2px solid ${c.line}; border-radius: 0; padding: 2px 0 2px 8px; color: ${c.muted}; }
.evidence:hover { color: ${c.fg}; text-decoration: underline; }
.notes .placeholder { color: ${c.muted}; font-style: italic; }
.share:not(:empty) { margin-top: 10px; }
.walk { display: flex; align-items: center; justify-content: space-between; margin-top: 12px; gap: 8px; }
.count { color: ${c.muted}; font-size: 12px; }
`;
}
