// The claim card: a host element on <body> holding a shadow root, so the page's CSS cannot reach
// the card and ours cannot leak into the page. Placed next to the sentence and kept on screen;
// focus moves into it and goes back where it was when it closes.
//
// Slots for other parts of the extension: `renderNotes` (reader notes) and `renderShare`
// ("Copy link"). Each gets an empty container and the claim, may return a cleanup function, and
// is called every time a card opens.

import type { Claim } from "../core/model.ts";
import { buildCardView, cardCss, type CardView } from "./card-view.ts";

export type SlotRenderer = (container: HTMLElement, claim: Claim) => void | (() => void);

export interface CardSlots {
  renderNotes?: SlotRenderer;
  renderShare?: SlotRenderer;
}

export interface CardCallbacks {
  /** The card closed (Esc, close button, click elsewhere). */
  onClosed(claimId: string): void;
  onEvidence(claim: Claim): void;
  onStep(dir: 1 | -1): void;
}

export const HOST_TAG = "claimmark-card";
export const HOST_ATTR = "data-claimmark-host";

const GAP = 8;
const MARGIN = 8;

export interface OpenOptions {
  /** Current client rectangles of the sentence (called again on scroll and resize). */
  rects: () => DOMRect[];
  position: { index: number; total: number };
  /** Move keyboard focus into the card (and back on close). */
  focus: boolean;
}

export class ClaimCard {
  private host: HTMLElement | null = null;
  private shadow: ShadowRoot | null = null;
  private view: CardView | null = null;
  private claim: Claim | null = null;
  private opts: OpenOptions | null = null;
  private returnFocus: Element | null = null;
  private cleanups: (() => void)[] = [];
  private frame = 0;
  private dark = false;
  private readonly onViewport = () => this.schedulePlace();

  constructor(
    private readonly doc: Document,
    private readonly callbacks: CardCallbacks,
    public slots: CardSlots = {},
  ) {}

  get openClaimId(): string | null {
    return this.claim?.id ?? null;
  }

  /** The card's shadow root (open mode, so tests and assistive tech can read it). */
  get root(): ShadowRoot | null {
    return this.shadow;
  }

  setDark(dark: boolean): void {
    this.dark = dark;
    if (this.shadow) this.applyStyle(this.shadow);
  }

  open(claim: Claim, opts: OpenOptions): void {
    const wasOpen = this.claim !== null;
    const previousFocus = wasOpen ? this.returnFocus : this.activeOutside();
    this.teardownView();
    this.claim = claim;
    this.opts = opts;
    this.returnFocus = previousFocus;
    const shadow = this.ensureHost();
    this.view = buildCardView(this.doc, claim, opts.position, {
      onClose: () => this.close(),
      onEvidence: (c) => this.callbacks.onEvidence(c),
      onStep: (d) => this.callbacks.onStep(d),
    });
    this.view.root.addEventListener("keydown", (e) => {
      if (e.key === "Escape") {
        e.preventDefault();
        e.stopPropagation();
        this.close();
      }
    });
    shadow.appendChild(this.view.root);
    this.fill(this.slots.renderNotes, this.view.notes, claim);
    this.fill(this.slots.renderShare, this.view.share, claim);
    this.place();
    const view = this.doc.defaultView;
    view?.addEventListener("scroll", this.onViewport, { passive: true, capture: true });
    view?.addEventListener("resize", this.onViewport, { passive: true });
    if (opts.focus) this.view.root.focus({ preventScroll: true });
  }

  close(): void {
    const claim = this.claim;
    if (!claim) return;
    const focusWasInside = this.hasFocus();
    this.teardownView();
    this.claim = null;
    this.opts = null;
    const back = this.returnFocus;
    this.returnFocus = null;
    if (focusWasInside && back && (back as HTMLElement).isConnected && typeof (back as HTMLElement).focus === "function") {
      (back as HTMLElement).focus({ preventScroll: true });
    }
    this.callbacks.onClosed(claim.id);
  }

  /** True when keyboard focus is inside the card. */
  hasFocus(): boolean {
    return !!this.shadow && !!this.host && this.doc.activeElement === this.host;
  }

  /** True when `target` (an event target in the page) is the card. */
  contains(target: EventTarget | null): boolean {
    return !!this.host && target === this.host;
  }

  destroy(): void {
    if (this.claim) this.close();
    this.host?.remove();
    this.host = null;
    this.shadow = null;
  }

  private activeOutside(): Element | null {
    const a = this.doc.activeElement;
    return a && a !== this.host && a !== this.doc.body ? a : null;
  }

  private fill(render: SlotRenderer | undefined, container: HTMLElement, claim: Claim): void {
    if (!render) return;
    try {
      container.replaceChildren();
      const cleanup = render(container, claim);
      if (typeof cleanup === "function") this.cleanups.push(cleanup);
    } catch {
      // A failing slot must not take the card down; its container says so.
      container.replaceChildren();
      const p = this.doc.createElement("p");
      p.className = "placeholder";
      p.textContent = "This section could not be shown.";
      container.appendChild(p);
    }
  }

  private teardownView(): void {
    for (const c of this.cleanups.splice(0)) {
      try {
        c();
      } catch {
        // cleanup failures are not the reader's problem
      }
    }
    const view = this.doc.defaultView;
    view?.removeEventListener("scroll", this.onViewport, { capture: true });
    view?.removeEventListener("resize", this.onViewport);
    if (this.frame && view) view.cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.view?.root.remove();
    this.view = null;
  }

  private ensureHost(): ShadowRoot {
    if (this.host && this.shadow && this.host.isConnected) return this.shadow;
    const host = this.doc.createElement(HOST_TAG);
    host.setAttribute(HOST_ATTR, "");
    const shadow = host.attachShadow({ mode: "open" });
    this.applyStyle(shadow);
    (this.doc.body ?? this.doc.documentElement).appendChild(host);
    this.host = host;
    this.shadow = shadow;
    return shadow;
  }

  private applyStyle(shadow: ShadowRoot): void {
    const css = cardCss(this.dark);
    const Sheet = this.doc.defaultView?.CSSStyleSheet;
    if (Sheet && "adoptedStyleSheets" in shadow) {
      try {
        const sheet = new Sheet();
        sheet.replaceSync(css);
        shadow.adoptedStyleSheets = [sheet];
        return;
      } catch {
        // fall back to a <style> element inside the shadow root
      }
    }
    let style = shadow.querySelector("style");
    if (!style) {
      style = this.doc.createElement("style");
      shadow.prepend(style);
    }
    style.textContent = css;
  }

  private schedulePlace(): void {
    const view = this.doc.defaultView;
    if (!view || this.frame) return;
    this.frame = view.requestAnimationFrame(() => {
      this.frame = 0;
      this.place();
    });
  }

  /** Below the sentence when it fits, else above, else beside it; always fully on screen. */
  private place(): void {
    const card = this.view?.root;
    const view = this.doc.defaultView;
    if (!card || !view || !this.opts) return;
    const vw = view.innerWidth;
    const vh = view.innerHeight;
    const rects = this.opts.rects().filter((r) => r.width > 0 || r.height > 0);
    const box = card.getBoundingClientRect();
    const w = box.width || Math.min(380, vw - 2 * MARGIN);
    const h = box.height || 200;
    let left = MARGIN;
    let top = MARGIN;
    if (rects.length > 0) {
      const first = rects[0]!;
      const topAll = Math.min(...rects.map((r) => r.top));
      const bottomAll = Math.max(...rects.map((r) => r.bottom));
      const leftAll = Math.min(...rects.map((r) => r.left));
      const rightAll = Math.max(...rects.map((r) => r.right));
      left = first.left;
      if (bottomAll + GAP + h <= vh - MARGIN) top = bottomAll + GAP;
      else if (topAll - GAP - h >= MARGIN) top = topAll - GAP - h;
      else {
        // Too tall for either side vertically: beside the sentence, so it stays readable.
        top = topAll;
        if (rightAll + GAP + w <= vw - MARGIN) left = rightAll + GAP;
        else if (leftAll - GAP - w >= MARGIN) left = leftAll - GAP - w;
        else top = bottomAll + GAP;
      }
    }
    left = Math.max(MARGIN, Math.min(left, vw - MARGIN - w));
    top = Math.max(MARGIN, Math.min(top, vh - MARGIN - h));
    card.style.left = `${Math.round(left)}px`;
    card.style.top = `${Math.round(top)}px`;
  }
}
