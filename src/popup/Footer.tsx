import browser from "webextension-polyfill";
import { highlightsOn, setGlobalHighlights, setSiteHighlights, type HighlightSettings } from "../background/settings.ts";

/** Where the notebook page is built, when the build has one (vite.config.ts defines this). */
declare const __CLAIMMARK_NOTEBOOK__: string | null;

export function Footer({ settings, site }: { settings: HighlightSettings | null; site: string | null }) {
  const notebook = __CLAIMMARK_NOTEBOOK__;
  return (
    <footer class="footer">
      {settings && (
        <div class="switches">
          {site && (
            <label class="switch">
              <input
                type="checkbox"
                role="switch"
                data-testid="site-switch"
                checked={settings.sites[site] !== false}
                disabled={!settings.global}
                onChange={(e) => void setSiteHighlights(site, (e.target as HTMLInputElement).checked)}
              />
              <span>
                Highlights on <span class="site">{site}</span>
              </span>
            </label>
          )}
          <label class="switch">
            <input
              type="checkbox"
              role="switch"
              data-testid="global-switch"
              checked={settings.global}
              onChange={(e) => void setGlobalHighlights((e.target as HTMLInputElement).checked)}
            />
            <span>Highlights on all sites</span>
          </label>
          {site && !highlightsOn(settings, site) && settings.global && (
            <span class="hint">Off on this site only.</span>
          )}
        </div>
      )}
      {notebook && (
        <button
          type="button"
          class="link notebook-link"
          onClick={() => {
            void browser.tabs.create({ url: browser.runtime.getURL(notebook) }).then(() => window.close());
          }}
        >
          Open notebook
        </button>
      )}
    </footer>
  );
}
