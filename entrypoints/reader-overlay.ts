import { registerOverlay } from '../src/overlay/registry';
import { openOverlay } from '../src/overlay/overlay';

// Injected only when reader mode opens: the reading view (sanitizer, view, styles) stays out of
// the page agent that every extraction injects.
export default defineUnlistedScript(() => {
  registerOverlay(openOverlay);
});
