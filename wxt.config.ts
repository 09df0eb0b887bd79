import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

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
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '快手支付权益与意向金合规助手',
    description:
      'Payment-program eligibility, installment cost and 意向金 deposit compliance on Kuaishou merchant and live pages. All data stays on this machine.',
    // Least privilege: stored settings and price history. The content scripts' hosts come from
    // their `matches`; no host permissions, no network.
    permissions: ['storage'],
    // `data_collection_permissions` is not in WXT's manifest types yet.
    ...(browser === 'firefox' && { browser_specific_settings: { gecko } as object }),
  }),
  zip: {
    // The sources zip is for AMO review: generated screenshots and test output are not source.
    excludeSources: ['out/**', 'test/e2e/__screenshots__/**', 'test-results/**'],
  },
});
