import type { Ref } from "preact";
import type { Claim, Status } from "../core/model.ts";
import { ALL_FILTERS, isFiltered, sourceOptions, type Filters, type KindFilter } from "./filters.ts";
import { STATUS_ORDER, STATUS_WORDS } from "./words.ts";

interface Props {
  claims: readonly Claim[];
  filters: Filters;
  shown: number;
  onChange(next: Filters): void;
  searchRef: Ref<HTMLInputElement>;
  onSearchKey(e: KeyboardEvent): void;
}

export function FilterBar({ claims, filters, shown, onChange, searchRef, onSearchKey }: Props) {
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });
  const sources = sourceOptions(claims);
  return (
    <section class="filters" aria-label="Filters">
      <input
        ref={searchRef}
        type="search"
        class="search"
        placeholder="Search claims (press /)"
        aria-label="Search claims"
        aria-keyshortcuts="/"
        value={filters.query}
        onInput={(e) => set({ query: (e.target as HTMLInputElement).value })}
        onKeyDown={onSearchKey}
      />
      <div class="selects">
        <select
          aria-label="Kind of claim"
          value={filters.kind}
          onChange={(e) => set({ kind: (e.target as HTMLSelectElement).value as KindFilter })}
        >
          <option value="all">All kinds</option>
          <option value="numeric">Figures</option>
          <option value="attributed">Attributed</option>
        </select>
        <select
          aria-label="Status"
          value={filters.status}
          onChange={(e) => set({ status: (e.target as HTMLSelectElement).value as Status | "all" })}
        >
          <option value="all">Any status</option>
          {STATUS_ORDER.map((st) => (
            <option key={st} value={st}>
              {STATUS_WORDS[st].label}
            </option>
          ))}
        </select>
        <select
          aria-label="Source"
          value={filters.source}
          onChange={(e) => set({ source: (e.target as HTMLSelectElement).value })}
        >
          <option value="all">Any source</option>
          {sources.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label} ({s.count})
            </option>
          ))}
        </select>
      </div>
      {isFiltered(filters) && (
        <p class="filter-status" role="status">
          Showing {shown} of {claims.length}.{" "}
          <button type="button" class="link" onClick={() => onChange(ALL_FILTERS)}>
            Clear filters
          </button>
        </p>
      )}
    </section>
  );
}
