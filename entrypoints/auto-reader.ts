import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { installAgent, openAutomatically } from '../src/agent';
import { registerOverlay } from '../src/overlay/registry';
import { openOverlay } from '../src/overlay/overlay';
import { registerPicker } from '../src/picker/registry';
import { startPicker } from '../src/picker/picker';
import { registerSiteWrites } from '../src/corrections/registry';
import { dropBlocks, forgetSite, keepBlocks, saveCorrection } from '../src/corrections/sites';
import { describeElement, shapeOfPageBlock } from '../src/corrections/locator';

// Registered only for the sites where the reader asked for reader mode every time (see
// src/corrections/auto-reader.ts): the agent and the reading view together, opened on article pages.
export default defineUnlistedScript(() => {
  installAgent();
  registerOverlay(openOverlay);
  registerPicker(startPicker);
  registerSiteWrites({ saveCorrection, keepBlocks, dropBlocks, forgetSite, describeElement, shapeOfPageBlock });
  void openAutomatically(isProbablyReaderable);
});
