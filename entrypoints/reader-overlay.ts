import { registerOverlay } from '../src/overlay/registry';
import { openOverlay } from '../src/overlay/overlay';
import { registerPicker } from '../src/picker/registry';
import { startPicker } from '../src/picker/picker';
import { registerSiteWrites } from '../src/corrections/registry';
import { dropBlocks, forgetSite, keepBlocks, saveCorrection } from '../src/corrections/sites';
import { describeElement, shapeOfPageBlock } from '../src/corrections/locator';

// Injected only when reader mode opens or the reader picks the article: the reading view (sanitizer, view, styles) stays out of
// the page agent that every extraction injects.
export default defineUnlistedScript(() => {
  registerOverlay(openOverlay);
  // The picker ("Not the right text?") comes with the view: what the reader picks opens in it.
  registerPicker(startPicker);
  registerSiteWrites({ saveCorrection, keepBlocks, dropBlocks, forgetSite, describeElement, shapeOfPageBlock });
});
