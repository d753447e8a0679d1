// The claim model shared by every layer: detector output, messages, the database snapshot, the UI.
// Offsets are UTF-16 indices into the article text the detector was given.

export type ClaimKind = "numeric" | "attributed";
export type SourceKind = "person" | "organization" | "group" | "anonymous" | "document";
export type Status = "confirmed" | "disputed" | "unverified" | "unaddressed";

export interface Figure {
  text: string;
  value?: number;
  unit?: string;
  approx: boolean;
  start: number;
  end: number;
}

export interface Source {
  name: string;
  role: string | null;
  kind: SourceKind;
  cue: string;
  via: string | null;
}

export interface Claim {
  id: string;
  text: string;
  start: number;
  end: number;
  kinds: ClaimKind[];
  figures: Figure[];
  source: Source | null;
  status: Status;
  evidence: string | null;
  evidenceStart: number | null;
  evidenceEnd: number | null;
}

export interface DetectResult {
  claims: Claim[];
}
