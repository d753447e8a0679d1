// The highlight switches, kept in storage.local so they hold across restarts and every tab sees a
// change at once (storage.onChanged reaches content scripts and extension pages alike).
// Highlights show on a site when the global switch is on and the site has not been switched off.

import browser from "webextension-polyfill";

const KEY = "settings.highlights";

export interface HighlightSettings {
  global: boolean;
  /** Sites switched off, by hostname. Only `false` is stored; absence means "follow global". */
  sites: Record<string, false>;
}

const DEFAULTS: HighlightSettings = { global: true, sites: {} };

function parse(raw: unknown): HighlightSettings {
  if (typeof raw !== "object" || raw === null) return { ...DEFAULTS, sites: {} };
  const o = raw as Record<string, unknown>;
  const sites: Record<string, false> = {};
  if (typeof o.sites === "object" && o.sites !== null) {
    for (const [site, v] of Object.entries(o.sites)) if (v === false) sites[site] = false;
  }
  return { global: o.global !== false, sites };
}

export async function readHighlightSettings(): Promise<HighlightSettings> {
  const got = await browser.storage.local.get(KEY);
  return parse(got[KEY]);
}

export function highlightsOn(settings: HighlightSettings, site: string): boolean {
  return settings.global && settings.sites[site] !== false;
}

export async function setGlobalHighlights(on: boolean): Promise<HighlightSettings> {
  const next = { ...(await readHighlightSettings()), global: on };
  await browser.storage.local.set({ [KEY]: next });
  return next;
}

export async function setSiteHighlights(site: string, on: boolean): Promise<HighlightSettings> {
  const current = await readHighlightSettings();
  const sites = { ...current.sites };
  if (on) delete sites[site];
  else sites[site] = false;
  const next = { ...current, sites };
  await browser.storage.local.set({ [KEY]: next });
  return next;
}

/** Calls `onChange` with the new settings whenever any context changes them. */
export function watchHighlightSettings(onChange: (s: HighlightSettings) => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === "local" && KEY in changes) onChange(parse(changes[KEY]?.newValue));
  });
}
