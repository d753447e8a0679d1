import { describe, expect, it } from "vitest";
import type { Claim } from "../../../src/core/model.ts";
import { readShareToken } from "../../../src/core/share-link.ts";
import { toBase64Url, utf8Encode, type SharePayload } from "../../../src/core/share-payload.ts";
import { SOURCE_KIND_WORDS, STATUS_WORDS } from "../../../src/page/card-view.ts";
import { shareSlot } from "../../../src/page/share-slot.ts";
import { dom } from "./dom.ts";

const CLAIM: Claim = {
  id: "c_1x",
  text: "Exports fell 12% in 2020-21, the ministry said.",
  start: 0,
  end: 47,
  kinds: ["numeric", "attributed"],
  figures: [],
  source: { name: "the ministry", role: null, kind: "organization", cue: "said", via: null },
  status: "unverified",
  evidence: null,
  evidenceStart: null,
  evidenceEnd: null,
};

function render(received: Map<string, SharePayload>): HTMLElement {
  const doc = dom("<p>x</p>");
  const container = doc.createElement("div");
  doc.body.appendChild(container);
  shareSlot({ doc, article: () => null, received, words: { status: STATUS_WORDS, sourceKind: SOURCE_KIND_WORDS } })(container, CLAIM);
  return container;
}

describe("the card's share section", () => {
  it("offers the copy actions, with the note for the recipient off by default", () => {
    const c = render(new Map());
    const actions = Array.from(c.querySelectorAll("button")).map((b) => b.textContent);
    expect(actions).toEqual(["Copy link", "Copy as text", "Copy as Markdown", "Copy as image"]);
    const toggle = c.querySelector<HTMLInputElement>('[data-share="include-note"]')!;
    expect(toggle.getAttribute("type")).toBe("checkbox");
    expect(toggle.hasAttribute("checked")).toBe(false);
    expect(c.querySelector('[data-share="note"]')!.parentElement!.hasAttribute("hidden")).toBe(true);
    expect(c.textContent).not.toContain("Shared by a reader");
  });

  it("shows a hostile shared note as inert text under 'Shared by a reader'", () => {
    // Hand-made bytes: a note that is pure markup, past our own encoder's cleaning.
    const bytes = [1, 2, ...utf8Encode('<img src=x onerror="alert(1)"><script>alert(2)</script>\u202Eevil')];
    const token = readShareToken("#claimmark=v1.c_1x." + toBase64Url(bytes));
    expect(token?.ok).toBe(true);
    if (!token?.ok) return;
    const c = render(new Map([[token.value.claimId, token.value.payload!]]));
    expect(c.querySelector("img, script")).toBeNull();
    const box = c.querySelector(".cm-share-received")!;
    expect(box.querySelector("h3")!.textContent).toBe("Shared by a reader");
    expect(box.querySelector(".cm-share-verdict")!.textContent).toBe("Their verdict: Disputed");
    const note = box.querySelector(".cm-share-note")!.textContent!;
    expect(note).toBe('\u2039img src=x onerror="alert(1)"\u203A\u2039script\u203Aalert(2)\u2039/script\u203Aevil');
  });

  it("says why when the page is not ready, instead of copying a half link", async () => {
    const c = render(new Map());
    c.querySelector<HTMLButtonElement>('[data-share="link"]')!.click();
    await new Promise((r) => setTimeout(r, 0));
    expect(c.querySelector('[role="status"]')!.textContent).toBe("The page is not ready yet.");
  });
});
