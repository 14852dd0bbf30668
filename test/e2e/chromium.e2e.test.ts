// The shared end-to-end scenarios in Chromium (playwright-core, Debian's chromium or CHROME_PATH).
import { defineScenarios } from './scenarios';
import { launchChromium } from './chromium-driver';

defineScenarios(launchChromium);
