// The shapes version 1 of the database wrote. Kept so the upgrade (schema.ts) and its test can name
// them; nothing writes these any more.

export interface PageV1 {
  url: string;
  title: string;
  lastSeen: number;
}

export interface NoteV1 {
  id: string;
  pageUrl: string;
  claimId: string;
  body: string;
  created: number;
  updated: number;
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  anchorState: "unchecked" | "attached" | "orphaned";
}
