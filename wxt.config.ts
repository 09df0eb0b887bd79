import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The manifest is derived from entrypoints/; only what cannot be derived lives here.
export default defineConfig({
  // Explicit imports everywhere: a reader sees where every name comes from.
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: '快手支付权益与意向金合规助手',
    description:
      'Payment-program eligibility, installment cost and 意向金 deposit compliance on Kuaishou merchant and live pages. All data stays on this machine.',
    permissions: ['storage'],
    browser_specific_settings: {
      gecko: {
        id: 'kuaishou-pay-check@example.org',
      },
    },
  },
  zip: {
    // The sources zip is for AMO review: generated screenshots and test output are not source.
    excludeSources: ['out/**', 'test/e2e/__screenshots__/**', 'test-results/**'],
  },
  hooks: {
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.browser !== 'firefox') return;
      // AMO asks every add-on to declare what it collects; this one collects nothing.
      // (Not yet in WXT's manifest types, hence the hook.)
      const gecko = (manifest as { browser_specific_settings?: { gecko?: object } })
        .browser_specific_settings?.gecko;
      if (gecko) Object.assign(gecko, { data_collection_permissions: { required: ['none'] } });
    },
  },
});
