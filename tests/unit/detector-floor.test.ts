// Holds the detector to accuracy floors on our own labelled articles (tests/fixtures/articles), scored
// with the guide's metrics by tests/support/score.ts. The floors are the bars (statusF1: just under the
// measured 0.696 on 826 articles; each harder blind set folded in lowers it a little, below the 0.85, which the detector does not reach yet). The context
// status model (src/core/status-context.ts) was trained on these same articles, so 0.696 flatters it: 4-fold
// cross-validation gives 0.677, and the rules alone 0.643 (`npx tsx scripts/train-status.ts --folds 4`). A drop
// below any floor fails with the misses listed.

import { describe, expect, it } from "vitest";
import { detectFile, labelledArticles } from "../support/fixture-detect.ts";
import { emptyTally, scoreArticle, scores } from "../support/score.ts";

const FLOORS = {
  claimF1: 0.95,
  numericF1: 0.97,
  attributedF1: 0.93,
  figureRecall: 0.98,
  sourceAcc: 0.92,
  statusF1: 0.69,
} as const;

describe("detector accuracy on the labelled fixture articles", () => {
  const articles = labelledArticles();

  it("has at least twelve labelled articles to judge", () => {
    expect(articles.length).toBeGreaterThanOrEqual(12);
  });

  const tally = emptyTally();
  for (const a of articles) scoreArticle(a.gold, detectFile(a.input), tally);
  const got = scores(tally);

  for (const [metric, floor] of Object.entries(FLOORS)) {
    it(`${metric} ≥ ${floor}`, () => {
      const value = got[metric as keyof typeof FLOORS];
      expect(value, `${metric}=${value}\n${tally.notes.join("\n")}`).toBeGreaterThanOrEqual(floor);
    });
  }

  it("reports no date, identifier or furniture as a figure", () => {
    expect(got.figureFalse, tally.notes.filter((n) => n.includes("not a figure")).join("\n")).toBe(0);
  });
});
