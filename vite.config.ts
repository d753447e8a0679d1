/// <reference types="vitest/config" />
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build as viteBuild, defineConfig, type Plugin } from "vite";
import preact from "@preact/preset-vite";
import { crx, type ManifestV3Export } from "@crxjs/vite-plugin";
import manifest from "./manifest.json" with { type: "json" };

// crxjs keeps only background.service_worker; Firefox runs background.scripts instead (and
// web-ext lint requires that fallback), so point it at the same built loader.
function backgroundScriptsFallback(): Plugin {
  let outDir = "dist";
  return {
    name: "claimmark:background-scripts-fallback",
    apply: "build",
    configResolved(config) {
      outDir = join(config.root, config.build.outDir);
    },
    writeBundle: {
      order: "post",
      handler() {
        const file = join(outDir, "manifest.json");
        const built = JSON.parse(readFileSync(file, "utf8")) as { background?: Record<string, unknown> };
        const worker = built.background?.service_worker;
        if (typeof worker !== "string") throw new Error("built manifest has no background.service_worker");
        built.background = { ...built.background, scripts: [worker] };
        writeFileSync(file, JSON.stringify(built, null, 2) + "\n");
      },
    },
  };
}

interface BuiltManifest {
  content_scripts?: { js?: string[] }[];
  web_accessible_resources?: { resources: string[] }[];
}

// crxjs loads an ES-module content script through a small loader that import()s chunks, which must
// then be web-accessible: any page could fetch them and so tell that Claimmark is installed. Instead
// the content script is bundled into one classic script, and nothing is web-accessible.
function classicContentScript(): Plugin {
  let root = ".";
  let outDir = "dist";
  return {
    name: "claimmark:classic-content-script",
    apply: "build",
    configResolved(config) {
      root = config.root;
      outDir = join(config.root, config.build.outDir);
    },
    writeBundle: {
      order: "post",
      sequential: true,
      async handler() {
        const source = JSON.parse(readFileSync(join(root, "manifest.json"), "utf8")) as BuiltManifest;
        const entry = source.content_scripts?.[0]?.js?.[0];
        if (!entry) throw new Error("manifest.json has no content script");
        await viteBuild({
          configFile: false,
          root,
          logLevel: "warn",
          build: {
            outDir,
            emptyOutDir: false,
            copyPublicDir: false,
            minify: process.env.CLAIMMARK_NO_MINIFY ? false : true,
            lib: { entry: join(root, entry), formats: ["iife"], name: "claimmark", fileName: () => "content.js" },
          },
        });
        const file = join(outDir, "manifest.json");
        const built = JSON.parse(readFileSync(file, "utf8")) as BuiltManifest;
        const loaders = built.content_scripts?.flatMap((c) => c.js ?? []) ?? [];
        const chunks = built.web_accessible_resources?.flatMap((w) => w.resources) ?? [];
        built.content_scripts = built.content_scripts?.map((c) => ({ ...c, js: ["content.js"] }));
        if (source.web_accessible_resources) built.web_accessible_resources = source.web_accessible_resources;
        else delete built.web_accessible_resources;
        writeFileSync(file, JSON.stringify(built, null, 2) + "\n");
        // The loader and the chunk only it used are dead now; chunks shared with the popup stay.
        for (const f of [...loaders, ...chunks.filter((c) => /src-page-main/.test(c))]) rmSync(join(outDir, f), { force: true });
      },
    },
  };
}

// The notes notebook is an extension page of its own; when it exists it is built and the popup links it.
const NOTEBOOK_PAGE = "src/notebook/index.html";
const hasNotebook = existsSync(fileURLToPath(new URL(NOTEBOOK_PAGE, import.meta.url)));

export default defineConfig({
  define: {
    __CLAIMMARK_NOTEBOOK__: JSON.stringify(hasNotebook ? NOTEBOOK_PAGE : null),
  },
  // The plugin's manifest type lags behind Firefox-only keys (data_collection_permissions).
  plugins: [
    preact(),
    crx({ manifest: manifest as unknown as ManifestV3Export }),
    backgroundScriptsFallback(),
    classicContentScript(),
  ],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // Minified: the popup's time to first list is mostly script loading (bench: popup section).
    minify: true,
    rollupOptions: hasNotebook ? { input: { notebook: fileURLToPath(new URL(NOTEBOOK_PAGE, import.meta.url)) } } : {},
  },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/unit/**/*.test.tsx"],
    environment: "node",
  },
});
