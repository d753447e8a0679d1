import { describe, expect, it } from "vitest";
import type { Claim } from "../../../src/core/model.ts";
import { ClaimCard, HOST_TAG } from "../../../src/page/card.ts";
import { happy } from "./happy.ts";

const claim: Claim = {
  id: "c1",
  text: "Prices rose 3.5% in May, the statistics office said.",
  start: 0,
  end: 52,
  kinds: ["numeric", "attributed"],
  figures: [],
  source: { name: "statistics office", role: null, kind: "organization", cue: "said", via: null },
  status: "confirmed",
  evidence: null,
  evidenceStart: null,
  evidenceEnd: null,
};

function setup(slots = {}) {
  const { doc, window } = happy(`<article><p>Text</p><button id="b">page button</button></article>`);
  const closed: string[] = [];
  const steps: number[] = [];
  const card = new ClaimCard(doc, { onClosed: (id) => closed.push(id), onEvidence: () => {}, onStep: (d) => steps.push(d) }, slots);
  return { doc, window, card, closed, steps };
}

const open = { rects: () => [], position: { index: 0, total: 3 }, focus: true };

describe("ClaimCard", () => {
  it("lives in a shadow root on a host element, takes focus and gives it back on Esc", () => {
    const { doc, window, card, closed } = setup();
    const button = doc.getElementById("b") as HTMLButtonElement;
    button.focus();
    card.open(claim, open);
    const host = doc.querySelector(HOST_TAG)!;
    expect(host).not.toBeNull();
    expect(host.shadowRoot).not.toBeNull();
    expect(host.children.length).toBe(0);
    expect(card.root!.querySelector(".card")!.getAttribute("data-claim-id")).toBe("c1");
    expect(card.hasFocus()).toBe(true);

    const inside = card.root!.querySelector(".card")!;
    inside.dispatchEvent(new window.KeyboardEvent("keydown", { key: "Escape", bubbles: true }) as unknown as Event);
    expect(card.openClaimId).toBeNull();
    expect(card.root!.querySelector(".card")).toBeNull();
    expect(doc.activeElement).toBe(button);
    expect(closed).toEqual(["c1"]);
  });

  it("fills the notes and share slots, cleans them up, and survives a failing slot", () => {
    const cleaned: string[] = [];
    const { card } = setup({
      renderNotes: (c: HTMLElement, cl: Claim) => {
        c.textContent = `notes for ${cl.id}`;
        return () => cleaned.push("notes");
      },
      renderShare: () => {
        throw new Error("no clipboard");
      },
    });
    card.open(claim, open);
    expect(card.root!.querySelector("[data-slot=notes]")!.textContent).toBe("notes for c1");
    expect(card.root!.querySelector("[data-slot=share]")!.textContent).toBe("This section could not be shown.");
    card.open({ ...claim, id: "c2" }, open);
    expect(cleaned).toEqual(["notes"]);
    expect(card.root!.querySelectorAll(".card").length).toBe(1);
    card.close();
    expect(cleaned).toEqual(["notes", "notes"]);
  });

  it("walks with its Prev/Next buttons and closes with its close button", () => {
    const { card, steps, closed } = setup();
    card.open(claim, open);
    (card.root!.querySelector("button.next") as HTMLButtonElement).click();
    (card.root!.querySelector("button.prev") as HTMLButtonElement).click();
    expect(steps).toEqual([1, -1]);
    (card.root!.querySelector("button.close") as HTMLButtonElement).click();
    expect(closed).toEqual(["c1"]);
    card.destroy();
  });
});
