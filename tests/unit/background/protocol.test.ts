import { describe, expect, it } from "vitest";
import {
  backgroundRequests,
  dispatch,
  pageReplies,
  pageRequests,
  parseClaim,
  parseMessage,
  readReply,
  type Handlers,
  type PageApi,
} from "../../../src/background/protocol.ts";
import type { Claim } from "../../../src/core/model.ts";

const claim: Claim = {
  id: "c1",
  text: "Sales rose 12% in May, the company said.",
  start: 0,
  end: 41,
  kinds: ["numeric", "attributed"],
  figures: [{ text: "12%", value: 12, unit: "%", approx: false, start: 11, end: 14 }],
  source: { name: "the company", role: null, kind: "organization", cue: "said", via: null },
  status: "unaddressed",
  evidence: null,
  evidenceStart: null,
  evidenceEnd: null,
};

const handlers: Handlers<PageApi, null> = {
  "page/get-state": () => ({ phase: "ready", url: "https://x.test/a", site: "x.test", title: "A", claims: [claim] }),
  "page/reveal-claim": (m) => {
    if (m.claimId === "boom") throw new Error("card failed");
    return { found: m.claimId === "c1" };
  },
  "page/share-link": (m) =>
    m.claimId === "c1" ? { link: "https://x.test/a#claimmark=v1.c1", error: null } : { link: null, error: "not on the page" },
};

describe("parseMessage", () => {
  it("accepts a well-formed message and keeps only known fields", () => {
    expect(parseMessage(pageRequests, { type: "page/reveal-claim", claimId: "c1", extra: 1 })).toEqual({
      type: "page/reveal-claim",
      claimId: "c1",
    });
  });

  it.each([
    [null, /message: expected an object, got null/],
    ["page/get-state", /message: expected an object, got string/],
    [{}, /message.type: expected a string/],
    [{ type: "page/nope" }, /unknown message type "page\/nope"/],
    [{ type: "toString" }, /unknown message type/],
    [{ type: "page/reveal-claim" }, /claimId: expected a string, got undefined/],
    [{ type: "bg/page-state", phase: "ready", count: 1.5 }, /count: expected a non-negative integer/],
    [{ type: "bg/page-state", phase: "done", count: 1 }, /phase: expected one of/],
  ])("rejects %j", (raw, error) => {
    const parsers = (raw as { type?: string } | null)?.type?.startsWith("bg/") ? backgroundRequests : pageRequests;
    expect(() => parseMessage(parsers as typeof pageRequests, raw)).toThrow(error);
  });
});

describe("dispatch", () => {
  it("answers a good message with its handler's value", async () => {
    expect(await dispatch(pageRequests, handlers, { type: "page/reveal-claim", claimId: "c1" }, null)).toEqual({
      ok: true,
      value: { found: true },
    });
  });

  it("turns a bad message into an error reply instead of throwing", async () => {
    const reply = await dispatch(pageRequests, handlers, { type: "page/reveal-claim", claimId: 7 }, null);
    expect(reply).toEqual({ ok: false, error: "bad message: claimId: expected a string, got number" });
  });

  it("turns a failing handler into an error reply", async () => {
    expect(await dispatch(pageRequests, handlers, { type: "page/reveal-claim", claimId: "boom" }, null)).toEqual({
      ok: false,
      error: "card failed",
    });
  });
});

describe("readReply", () => {
  it("returns the parsed value of an ok reply", async () => {
    const raw = await dispatch(pageRequests, handlers, { type: "page/get-state" }, null);
    expect(readReply(pageReplies, "page/get-state", raw).claims).toEqual([claim]);
  });

  it("throws the error of an error reply, and on a missing or malformed reply", () => {
    expect(() => readReply(pageReplies, "page/get-state", { ok: false, error: "nope" })).toThrow("nope");
    expect(() => readReply(pageReplies, "page/get-state", undefined)).toThrow(/no reply/);
    expect(() => readReply(pageReplies, "page/get-state", { ok: true, value: { phase: "ready" } })).toThrow(/state.url/);
  });

  it("reads a share-link reply, and refuses a link of the wrong type", async () => {
    const raw = await dispatch(pageRequests, handlers, { type: "page/share-link", claimId: "c1" }, null);
    expect(readReply(pageReplies, "page/share-link", raw)).toEqual({ link: "https://x.test/a#claimmark=v1.c1", error: null });
    expect(() => readReply(pageReplies, "page/share-link", { ok: true, value: { link: 5, error: null } })).toThrow(/reply.link/);
  });
});

describe("parseClaim", () => {
  it("round-trips a claim and keeps optional fields added to the model later", () => {
    const extended = { ...claim, sentenceId: 3 };
    expect(parseClaim(JSON.parse(JSON.stringify(extended)))).toEqual(extended);
  });

  it("names the bad field", () => {
    expect(() => parseClaim({ ...claim, status: "maybe" })).toThrow(/claim.status: expected one of/);
    expect(() => parseClaim({ ...claim, figures: [{ ...claim.figures[0], start: -1 }] })).toThrow(/claim.figures\[0\].start/);
    expect(() => parseClaim({ ...claim, source: { ...claim.source, kind: "robot" } })).toThrow(/claim.source.kind/);
    expect(() => parseClaim({ ...claim, start: 9, end: 3 })).toThrow(/before start/);
  });
});
