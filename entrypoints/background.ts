import { startBackground, toggleReaderMode } from '../src/background';

export default defineBackground(() => {
  startBackground();
  // Reachable from the service worker's console and from end-to-end tests, which cannot press
  // the real shortcut or menu item.
  (globalThis as Record<string, unknown>).cleanReader = { toggleReaderMode };
});
