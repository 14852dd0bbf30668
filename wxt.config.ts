import { defineConfig } from 'wxt';

// Permissions are the minimum the reader needs: the page agent is injected on demand into the tab
// the user invoked us on (activeTab + scripting), so no host permission is requested. The
// optional one is asked for only when the reader turns on the article badge.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  outDir: '.output',
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extensionName__',
    description: '__MSG_extensionDescription__',
    default_locale: 'en',
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus'],
    ...(manifestVersion === 3 ? { optional_host_permissions: ['<all_urls>'] } : { optional_permissions: ['<all_urls>'] }),
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      'toggle-reader-mode': {
        suggested_key: { default: 'Alt+Shift+R' },
        description: '__MSG_commandToggleReader__',
      },
    },
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: { id: 'clean-reader@example.org', strict_min_version: '115.0' } } } : {}),
  }),
});
