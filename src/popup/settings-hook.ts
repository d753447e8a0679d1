import { useEffect, useState } from "preact/hooks";
import { readHighlightSettings, watchHighlightSettings, type HighlightSettings } from "../background/settings.ts";

/** The highlight switches, kept current when another popup or tab changes them. */
export function useHighlightSettings(): HighlightSettings | null {
  const [settings, setSettings] = useState<HighlightSettings | null>(null);
  useEffect(() => {
    let live = true;
    readHighlightSettings().then((s) => live && setSettings(s), () => live && setSettings({ global: true, sites: {} }));
    watchHighlightSettings((s) => live && setSettings(s));
    return () => {
      live = false;
    };
  }, []);
  return settings;
}
