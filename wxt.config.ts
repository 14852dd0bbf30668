import { defineConfig } from 'wxt';

// Permissions are the minimum the reader needs: the content script is injected on demand into the
// tab the user invoked us on (activeTab + scripting), so no host permission is requested.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  outDir: '.output',
  manifest: {
    name: '__MSG_extensionName__',
    description: '__MSG_extensionDescription__',
    default_locale: 'en',
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus'],
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      'toggle-reader-mode': {
        suggested_key: { default: 'Alt+Shift+R' },
        description: '__MSG_commandToggleReader__',
      },
    },
  },
});
