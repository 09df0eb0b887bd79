import { createRequire } from 'node:module';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/**
 * WXT's own `browser` (the native `browser` in Firefox, `chrome` in Chromium), for content
 * scripts only. They call nothing but `runtime.sendMessage`, `runtime.id` and
 * `storage.onChanged`, which both browsers already give promise-based in MV3 / Firefox; the
 * polyfill would be ~2.8 KB gzip of each 25 KB content-script budget for no behaviour. The worker,
 * popup and options page keep `webextension-polyfill` (the module below).
 */
const nativeBrowser = createRequire(import.meta.url).resolve('wxt/browser');

/**
 * Store builds match `https://` only: an `http://` copy of a Kuaishou page (a hostile network)
 * gets no content script, and the worker refuses `http:` senders (lib/worker/sender.ts). The
 * e2e / demo / page-bench build (`WXT_PLAIN_HTTP=true`, set by scripts/launch-chromium.ts) widens
 * the patterns to `*://`, because the fixture server serves the real host names over plain http;
 * it goes to .output/plain-http/ so it is never mistaken for the store build.
 */
const plainHttpBuild = process.env.WXT_PLAIN_HTTP === 'true';

/** Firefox only: Chrome warns about keys it does not know. */
const gecko = {
  id: 'kuaishou-pay-check@example.org',
  // AMO asks every add-on to declare what it collects; this one collects nothing.
  data_collection_permissions: { required: ['none'] },
};

// The manifest is derived from entrypoints/; only what cannot be derived lives here.
export default defineConfig({
  // Explicit imports everywhere: a reader sees where every name comes from.
  imports: false,
  ...(plainHttpBuild && { outDir: '.output/plain-http' }),
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '快手支付权益与意向金合规助手',
    description:
      'Payment-program eligibility, installment cost and 意向金 deposit compliance on Kuaishou merchant and live pages. All data stays on this machine.',
    // Least privilege: stored settings and price history. The content scripts' hosts come from
    // their `matches`; no host permissions, no network.
    // unlimitedStorage: the price history keeps to its own byte budget (lib/storage/price-history)
    // instead of Chrome's 10 MB storage.local quota, which, once full, failed every settings save.
    permissions: ['storage', 'unlimitedStorage'],
    // `data_collection_permissions` is not in WXT's manifest types yet.
    ...(browser === 'firefox' && { browser_specific_settings: { gecko } as object }),
  }),
  hooks: {
    'build:manifestGenerated'(_wxt, manifest) {
      if (!plainHttpBuild) return;
      for (const script of manifest.content_scripts ?? []) {
        script.matches = script.matches?.map((pattern) => pattern.replace(/^https:/, '*:'));
      }
    },
    'vite:build:extendConfig'(entrypoints, config) {
      if (!entrypoints.every((entrypoint) => entrypoint.type === 'content-script')) return;
      const alias = config.resolve?.alias ?? [];
      const entries = Array.isArray(alias)
        ? alias
        : Object.entries(alias).map(([find, replacement]) => ({ find, replacement }));
      // First match wins: this entry shadows the polyfill module's alias.
      config.resolve = {
        ...config.resolve,
        alias: [{ find: /^wxt\/browser$/, replacement: nativeBrowser }, ...entries],
      };
      // Terser, two passes: ~2 % smaller than esbuild's minifier, which is what keeps the
      // workbench script (five pages' readers and panels) inside its 25 KB gzip budget.
      config.build = {
        ...config.build,
        minify: 'terser',
        // The browsers MV3 content scripts run in (Firefox from ESR 115): regex lookbehind and
        // newer syntax stay as written, not lowered for Vite's default Safari 14 target
        // (a lowered `new RegExp("…\\s…")` costs bytes the budget does not have).
        target: ['chrome111', 'firefox115'],
        // ecma 2020: regex literals with \p{…} stay literals (both browsers have them).
        terserOptions: { ecma: 2020, compress: { passes: 2 } },
      };
    },
  },
  zip: {
    // The sources zip is for AMO review: generated screenshots and test output are not source.
    excludeSources: ['out/**', 'test/e2e/__screenshots__/**', 'test-results/**'],
  },
});
