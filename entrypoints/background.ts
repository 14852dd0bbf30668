import { onCommand, onMenuClick, onPermissionsRemoved, startBackground } from '../src/background';

export default defineBackground(() => {
  startBackground();
  // The shortcut's, the menu item's and the permission-removed handlers, reachable from the service
  // worker's console and from the end-to-end tests, which cannot press the real key, click the
  // browser's menu or take a permission away in the browser's settings.
  (globalThis as Record<string, unknown>).cleanReader = { onCommand, onMenuClick, onPermissionsRemoved };
});
