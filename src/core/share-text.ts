// "Copy as text": a claim card as Markdown or plain text, for chat, mail and notes apps.

import type { Claim, SourceKind, Status } from "./model.ts";
import type { SharePayload } from "./share-payload.ts";

export interface CardWords {
  status: Record<Status, string>;
  sourceKind: Record<SourceKind, string>;
}

export interface CardTextInput {
  claim: Claim;
  /** The share link; omitted when none could be made. */
  link: string | null;
  /** The sharer's own note and verdict, when they chose to include them. */
  payload: SharePayload | null;
  words: CardWords;
}

// Markdown would read these as markup inside running text.
const MD_SPECIAL = /[\\`*_[\]<>|~]/g;

export function escapeMarkdown(s: string): string {
  return s.replace(MD_SPECIAL, (c) => "\\" + c);
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

function sourceText(claim: Claim, words: CardWords): string {
  const s = claim.source;
  if (!s) return "no stated source";
  let out = oneLine(s.name);
  if (s.role) out += `, ${oneLine(s.role)}`;
  out += ` (${words.sourceKind[s.kind] ?? s.kind})`;
  if (s.via) out += `, via ${oneLine(s.via)}`;
  return out;
}

export function claimCardMarkdown({ claim, link, payload, words }: CardTextInput): string {
  const md = (s: string) => escapeMarkdown(oneLine(s));
  const lines = [`> ${md(claim.text)}`, ""];
  lines.push(`**Source:** ${escapeMarkdown(sourceText(claim, words))}  `);
  let status = `**Status:** ${md(words.status[claim.status])}`;
  if (claim.evidence) status += ` — “${md(claim.evidence)}”`;
  lines.push(status + "  ");
  if (payload?.verdict) lines.push(`**My verdict:** ${md(words.status[payload.verdict])}  `);
  if (payload?.note) lines.push(`**My note:** ${md(payload.note)}  `);
  if (link) lines.push(`<${link}>`);
  return lines.join("\n").replace(/ {2}$/, "") + "\n";
}

export function claimCardPlainText({ claim, link, payload, words }: CardTextInput): string {
  const lines = [`“${oneLine(claim.text)}”`, `Source: ${sourceText(claim, words)}`];
  let status = `Status: ${words.status[claim.status]}`;
  if (claim.evidence) status += ` — “${oneLine(claim.evidence)}”`;
  lines.push(status);
  if (payload?.verdict) lines.push(`My verdict: ${words.status[payload.verdict]}`);
  if (payload?.note) lines.push(`My note: ${oneLine(payload.note)}`);
  if (link) lines.push(link);
  return lines.join("\n") + "\n";
}
