// The card's share section: "Copy link", "Copy as text", "Copy as Markdown", "Copy as image",
// "Share…" (where the browser has the Web Share API), an optional note and verdict for the
// recipient (off by default), and, on a card opened from a link, what the sharer sent, shown as
// text only under "Shared by a reader".

import type { Claim, Status } from "../core/model.ts";
import { buildShareLink, type Decoded } from "../core/share-link.ts";
import { cleanNote, MAX_NOTE_LENGTH, type SharePayload } from "../core/share-payload.ts";
import { claimCardMarkdown, claimCardPlainText, type CardWords } from "../core/share-text.ts";
import type { Article } from "./extract.ts";
import { copyImage, copyText, download } from "./share-clipboard.ts";
import { claimDirective } from "./share-directive.ts";
import { claimCardPng } from "./share-image.ts";
import { layoutOptions } from "./share-pagetext.ts";

export interface ShareContext {
  doc: Document;
  article(): Article | null;
  /** Notes that came with a share link, by claim id. */
  received: ReadonlyMap<string, SharePayload>;
  words: CardWords;
  /** The reader's own newest note on the claim, to start the optional note from. */
  ownNote?(claim: Claim): Promise<string | null>;
}

const VERDICTS: Status[] = ["confirmed", "disputed", "unverified", "unaddressed"];

const CSS = `
.cm-share-received { margin: 10px 0 0; padding: 8px 10px; border-radius: 8px; border: 1px dashed currentColor; }
.cm-share-received h3 { margin-top: 0; }
.cm-share-received .cm-share-note { white-space: pre-wrap; overflow-wrap: anywhere; }
.cm-share-received .cm-share-hint { opacity: .75; font-size: 12px; margin-top: 4px; }
.cm-share-actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 10px; }
.cm-share-extra { margin-top: 8px; font-size: 13px; }
.cm-share-extra textarea { box-sizing: border-box; width: 100%; min-height: 54px; margin-top: 4px; font: inherit; }
.cm-share-extra select { font: inherit; margin-top: 4px; }
.cm-share-status { min-height: 1.2em; margin-top: 6px; font-size: 12px; }
`;

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

function button(doc: Document, label: string, action: string): HTMLButtonElement {
  const b = el(doc, "button", "cm-share-btn", label);
  b.type = "button";
  b.setAttribute("data-share", action);
  return b;
}

/** What a sharer sent, as text: heading, verdict, note. Nothing in it is parsed as markup. */
function receivedView(doc: Document, p: SharePayload, words: CardWords): HTMLElement {
  const box = el(doc, "section", "cm-share-received");
  box.setAttribute("aria-label", "Shared by a reader");
  box.append(el(doc, "h3", undefined, "Shared by a reader"));
  if (p.verdict) box.append(el(doc, "p", "cm-share-verdict", `Their verdict: ${words.status[p.verdict]}`));
  if (p.note) box.append(el(doc, "p", "cm-share-note", p.note));
  box.append(el(doc, "p", "cm-share-hint", "From the link you opened; read-only."));
  return box;
}

/** The share link for a claim of this page, made as the reader would see it copied. */
export function claimLink(doc: Document, article: Article | null, claim: Claim, payload: SharePayload | null): Decoded<string> {
  const win = doc.defaultView;
  if (!win || !article) return { ok: false, error: "The page is not ready yet." };
  const directive = claimDirective(doc, article, claim, layoutOptions(win));
  const canonical = doc.querySelector('link[rel~="canonical" i]')?.getAttribute("href") ?? null;
  return buildShareLink({ pageUrl: win.location.href, canonicalUrl: canonical, claimId: claim.id, directive, payload });
}

export function shareSlot(ctx: ShareContext): (container: HTMLElement, claim: Claim) => () => void {
  return (container, claim) => {
    const { doc } = ctx;
    const win = doc.defaultView;
    let alive = true;
    const style = el(doc, "style");
    style.textContent = CSS;
    container.append(style);

    const got = ctx.received.get(claim.id);
    if (got) container.append(receivedView(doc, got, ctx.words));

    const actions = el(doc, "div", "cm-share-actions");
    actions.setAttribute("role", "group");
    actions.setAttribute("aria-label", "Share this claim");
    const copyLink = button(doc, "Copy link", "link");
    const copyPlain = button(doc, "Copy as text", "text");
    const copyMd = button(doc, "Copy as Markdown", "markdown");
    const copyPng = button(doc, "Copy as image", "image");
    actions.append(copyLink, copyPlain, copyMd, copyPng);
    const nav = win?.navigator;
    const canShare = !!nav && typeof nav.share === "function";
    const shareBtn = button(doc, "Share…", "web-share");
    if (canShare) actions.append(shareBtn);

    // The optional note and verdict for the recipient: off unless the reader turns it on.
    const extra = el(doc, "div", "cm-share-extra");
    const toggleLabel = el(doc, "label");
    const toggle = el(doc, "input");
    toggle.type = "checkbox";
    toggle.setAttribute("data-share", "include-note");
    toggleLabel.append(toggle, doc.createTextNode(" Add my note and verdict to the link"));
    const fields = el(doc, "div");
    fields.setAttribute("hidden", "");
    const note = el(doc, "textarea");
    note.maxLength = MAX_NOTE_LENGTH;
    note.setAttribute("aria-label", "Note for the recipient");
    note.setAttribute("data-share", "note");
    const verdict = el(doc, "select");
    verdict.setAttribute("aria-label", "Your verdict");
    verdict.setAttribute("data-share", "verdict");
    const option = (label: string, value: string) => {
      const o = el(doc, "option", undefined, label);
      o.value = value;
      return o;
    };
    verdict.append(option("No verdict", ""));
    for (const v of VERDICTS) verdict.append(option(ctx.words.status[v], v));
    fields.append(note, verdict);
    extra.append(toggleLabel, fields);
    toggle.addEventListener("change", () => {
      fields.toggleAttribute("hidden", !toggle.checked);
      if (toggle.checked && note.value === "" && ctx.ownNote) {
        ctx.ownNote(claim).then(
          (n) => {
            if (alive && n && note.value === "") note.value = cleanNote(n);
          },
          () => undefined,
        );
      }
    });

    const status = el(doc, "p", "cm-share-status");
    status.setAttribute("role", "status");
    status.setAttribute("aria-live", "polite");
    container.append(actions, extra, status);

    const say = (msg: string) => {
      if (alive) status.textContent = msg;
    };
    const payload = (): SharePayload | null => {
      if (!toggle.checked) return null;
      const v = verdict.value as Status | "";
      const p = { note: cleanNote(note.value), verdict: v === "" ? null : v };
      return p.note || p.verdict ? p : null;
    };
    const link = (): Decoded<string> => claimLink(doc, ctx.article(), claim, payload());
    const textInput = () => {
      const l = link();
      return { claim, link: l.ok ? l.value : null, payload: payload(), words: ctx.words };
    };
    const run = (b: HTMLButtonElement, job: () => Promise<string>) => {
      b.addEventListener("click", () => {
        job().then(say, (e: unknown) => say(e instanceof Error ? e.message : "That did not work."));
      });
    };

    run(copyLink, async () => {
      const l = link();
      if (!l.ok) return l.error;
      return (await copyText(doc, l.value)) ? "Link copied." : "The browser did not allow copying.";
    });
    run(copyPlain, async () => ((await copyText(doc, claimCardPlainText(textInput()))) ? "Card copied as text." : "The browser did not allow copying."));
    run(copyMd, async () => ((await copyText(doc, claimCardMarkdown(textInput()))) ? "Card copied as Markdown." : "The browser did not allow copying."));
    run(copyPng, async () => {
      const png = claimCardPng(doc, { claim, words: ctx.words, site: win?.location.hostname ?? "" });
      png.catch(() => undefined);
      if (await copyImage(doc, png)) return "Image copied.";
      download(doc, await png, `claim-${claim.id}.png`);
      return "Image downloaded (this page cannot put images on the clipboard).";
    });
    if (canShare) {
      run(shareBtn, async () => {
        const l = link();
        if (!l.ok) return l.error;
        const input = textInput();
        try {
          await nav!.share({ title: doc.title, text: claimCardPlainText({ ...input, link: null }), url: l.value });
          return "Shared.";
        } catch (e) {
          return e instanceof Error && e.name === "AbortError" ? "" : "Sharing did not work here; use Copy link.";
        }
      });
    }
    return () => {
      alive = false;
    };
  };
}
