// How the popup says things: statuses in plain words, sources as a reader would describe them.

import type { Claim, Source, SourceKind, Status } from "../core/model.ts";

export const STATUS_ORDER: readonly Status[] = ["confirmed", "disputed", "unverified", "unaddressed"];

export const STATUS_WORDS: Record<Status, { label: string; count: string; mark: string }> = {
  confirmed: { label: "Confirmed in the article", count: "confirmed", mark: "✓" },
  disputed: { label: "Disputed in the article", count: "disputed", mark: "✗" },
  unverified: { label: "Not independently verified", count: "unverified", mark: "?" },
  unaddressed: { label: "Nothing said about it", count: "nothing said", mark: "–" },
};

const KIND_WORDS: Record<SourceKind, string> = {
  person: "person",
  organization: "organization",
  group: "group",
  anonymous: "anonymous source",
  document: "document",
};

export function sourceDetail(s: Source): string {
  const parts = [s.role, KIND_WORDS[s.kind], s.via ? `via ${s.via}` : null];
  return parts.filter((p): p is string => !!p && p.trim().length > 0).join(" · ");
}

export function claimKindWords(c: Pick<Claim, "kinds">): string {
  const n = c.kinds.includes("numeric");
  const a = c.kinds.includes("attributed");
  return n && a ? "figure, attributed" : n ? "figure" : "attributed";
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
