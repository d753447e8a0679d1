import { barSegments, type Summary as Counts } from "./filters.ts";
import { plural, STATUS_ORDER, STATUS_WORDS } from "./words.ts";

export function summaryText(s: Counts): string {
  const parts = STATUS_ORDER.filter((st) => s[st] > 0).map((st) => `${s[st]} ${STATUS_WORDS[st].count}`);
  return `${plural(s.total, "claim")}${parts.length ? `: ${parts.join(", ")}` : ""}`;
}

export function Summary({ counts }: { counts: Counts }) {
  return (
    <section class="summary" aria-label="Summary">
      <p class="summary-line" data-testid="summary">
        {summaryText(counts)}
      </p>
      <div class="bar" aria-hidden="true">
        {barSegments(counts).map((seg) => (
          <span
            key={seg.status}
            class={`bar-seg status-${seg.status}`}
            style={{ width: `${seg.percent}%` }}
            title={`${seg.count} ${STATUS_WORDS[seg.status].count}`}
          />
        ))}
      </div>
    </section>
  );
}
