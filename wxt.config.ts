import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { glossaryPlugin } from './glossary/vite-plugin';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  manifest: ({ browser }) => ({
    name: 'Context Cards',
    description:
      'Explains defence terms in news pages on hover, from a glossary bundled with the extension. No network, no tracking.',
    permissions: ['storage', 'activeTab'],
    action: { default_title: 'Context Cards' },
    // The underline's style, loaded with the page's own (see public/highlights.css).
    content_scripts: [
      { matches: ['http://*/*', 'https://*/*'], css: ['highlights.css'], run_at: 'document_start' },
    ],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'context-cards@example.org', strict_min_version: '128.0' },
          },
        }
      : {}),
  }),
  vite: () => ({
    plugins: [preact(), glossaryPlugin()],
  }),
});
