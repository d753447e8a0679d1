import type { Status } from "../core/model.ts";

export const STATUS_WORDS: Record<Status, string> = {
  confirmed: "Confirmed",
  disputed: "Disputed",
  unverified: "Not independently verified",
  unaddressed: "Nothing said about it",
};
