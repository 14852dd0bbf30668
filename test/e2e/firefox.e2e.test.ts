// The shared end-to-end scenarios in Firefox (puppeteer-core over WebDriver BiDi, Debian's
// firefox-esr or FIREFOX_PATH, the e2e build installed as a temporary add-on).
import { defineScenarios } from './scenarios';
import { launchFirefox } from './firefox-driver';

defineScenarios(launchFirefox);
