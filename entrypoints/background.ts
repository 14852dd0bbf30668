import { onCommand, onMenuClick, startBackground } from '../src/background';

export default defineBackground(() => {
  startBackground();
  // The shortcut's and the menu item's handlers, reachable from the service worker's console and
  // from the end-to-end tests, which cannot press the real key or click the browser's menu.
  (globalThis as Record<string, unknown>).cleanReader = { onCommand, onMenuClick };
});
