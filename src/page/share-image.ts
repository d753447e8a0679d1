// "Copy as image": the claim card drawn on a canvas as a PNG. Text is drawn with fillText, so
// nothing from the page is ever parsed; long texts wrap and are cut with an ellipsis.

import type { Claim } from "../core/model.ts";
import type { CardWords } from "../core/share-text.ts";

const WIDTH = 1000;
const PAD = 48;
const INNER = WIDTH - 2 * PAD;
const COLORS = {
  bg: "#ffffff",
  fg: "#1d1d1f",
  muted: "#5b616b",
  accent: "#9a5b00",
  line: "#d9dce1",
  status: { confirmed: "#1a7f37", disputed: "#b42318", unverified: "#9a5b00", unaddressed: "#5b616b" },
};
const SANS = 'system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif';
const SERIF = 'Georgia, "DejaVu Serif", "Times New Roman", serif';

interface Line {
  text: string;
  font: string;
  color: string;
  height: number;
  indent?: number;
}

/** Greedy word wrap by measured width; when text is cut, the last line ends in "…". */
export function wrap(measure: (s: string) => number, text: string, width: number, maxLines: number): string[] {
  const words = text.replace(/\s+/g, " ").trim().split(" ").filter((w) => w !== "");
  const lines: string[] = [];
  let line = "";
  let i = 0;
  for (; i < words.length; i++) {
    const next = line ? `${line} ${words[i]}` : words[i]!;
    if (!line || measure(next) <= width) {
      line = next;
      continue;
    }
    lines.push(line);
    line = "";
    if (lines.length === maxLines) break;
    line = words[i]!;
  }
  if (line) lines.push(line);
  // A single word wider than the card is cut by characters.
  const fit = (l: string, tail: string) => {
    let cut = l;
    while (cut.length > 1 && measure(cut + tail) > width) cut = cut.slice(0, -1);
    return cut + tail;
  };
  const out = lines.map((l) => (measure(l) <= width ? l : fit(l, "…")));
  if (i < words.length && out.length > 0) {
    let last = out[out.length - 1]!;
    while (last.includes(" ") && measure(last + " …") > width) last = last.slice(0, last.lastIndexOf(" "));
    out[out.length - 1] = measure(last + " …") <= width ? last + " …" : fit(last, "…");
  }
  return out;
}

export interface ImageInput {
  claim: Claim;
  words: CardWords;
  site: string;
}

/** Draws the card; resolves to a PNG blob. */
export async function claimCardPng(doc: Document, { claim, words, site }: ImageInput): Promise<Blob> {
  const canvas = doc.createElement("canvas");
  const g = canvas.getContext("2d");
  if (!g) throw new Error("This browser cannot draw images here.");
  const measureIn = (font: string) => (s: string) => {
    g.font = font;
    return g.measureText(s).width;
  };
  const lines: Line[] = [];
  const add = (text: string, font: string, color: string, lh: number, max: number, indent = 0) => {
    for (const t of wrap(measureIn(font), text, INNER - indent, max)) lines.push({ text: t, font, color, height: lh, indent });
  };
  const gap = (h: number) => lines.push({ text: "", font: "", color: "", height: h });

  const label = claim.kinds.includes("numeric") && claim.kinds.includes("attributed") ? "FIGURES, ATTRIBUTED" : claim.kinds.includes("numeric") ? "FIGURES" : "ATTRIBUTED CLAIM";
  add(label, `600 20px ${SANS}`, COLORS.muted, 30, 1);
  gap(14);
  add(`“${claim.text}”`, `32px ${SERIF}`, COLORS.fg, 46, 10, 22);
  const quoteEnd = lines.length;
  gap(22);
  add("STATED SOURCE", `600 17px ${SANS}`, COLORS.muted, 28, 1);
  const s = claim.source;
  const source = s ? `${s.name}${s.role ? `, ${s.role}` : ""} · ${words.sourceKind[s.kind] ?? s.kind}${s.via ? ` · via ${s.via}` : ""}` : "No stated source";
  add(source, `24px ${SANS}`, COLORS.fg, 34, 3);
  gap(16);
  add("CONFIRMATION", `600 17px ${SANS}`, COLORS.muted, 28, 1);
  add(words.status[claim.status], `600 24px ${SANS}`, COLORS.status[claim.status], 34, 2);
  if (claim.evidence) add(`“${claim.evidence}”`, `italic 22px ${SANS}`, COLORS.muted, 32, 4, 16);
  gap(28);

  const height = PAD + lines.reduce((h, l) => h + l.height, 0) + 40 + PAD;
  canvas.width = WIDTH;
  canvas.height = Math.ceil(height);
  g.fillStyle = COLORS.bg;
  g.fillRect(0, 0, canvas.width, canvas.height);
  g.fillStyle = COLORS.accent;
  g.fillRect(0, 0, 10, canvas.height);
  g.textBaseline = "alphabetic";
  let y = PAD;
  let quoteTop = 0;
  let quoteBottom = 0;
  lines.forEach((l, i) => {
    if (i === 2) quoteTop = y;
    if (l.text) {
      g.font = l.font;
      g.fillStyle = l.color;
      g.fillText(l.text, PAD + (l.indent ?? 0), y + l.height * 0.75);
    }
    y += l.height;
    if (i === quoteEnd - 1) quoteBottom = y;
  });
  // The quote's rule, as on the card.
  g.fillStyle = COLORS.accent;
  g.fillRect(PAD, quoteTop + 6, 4, Math.max(0, quoteBottom - quoteTop - 6));
  g.strokeStyle = COLORS.line;
  g.beginPath();
  g.moveTo(PAD, y);
  g.lineTo(WIDTH - PAD, y);
  g.stroke();
  g.font = `18px ${SANS}`;
  g.fillStyle = COLORS.muted;
  g.fillText(wrap(measureIn(`18px ${SANS}`), site, INNER - 260, 1)[0] ?? "", PAD, y + 30);
  g.textAlign = "right";
  g.fillText("Claimmark", WIDTH - PAD, y + 30);

  return new Promise((resolve, reject) => {
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("The image could not be made."))), "image/png");
  });
}
