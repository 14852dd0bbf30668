// One interface for what the end-to-end scenarios do in a browser, with a driver per browser:
// Chromium through playwright-core (chromium-driver.ts), Firefox through puppeteer-core over
// WebDriver BiDi (firefox-driver.ts). The scenarios (scenarios.ts) are written once against it.

export interface Snapshot {
  html: string;
  x: number;
  y: number;
}

/** A tab showing a page we read. */
export interface ArticleTab {
  readonly url: string;
  snapshot(): Promise<Snapshot>;
  scrollTo(y: number): Promise<void>;
  reload(): Promise<void>;
  pressEscape(): Promise<void>;
  overlayOpen(): Promise<boolean>;
  /** The overlay's article text; its shadow root is closed to the page, not to the browser's tools. */
  overlayText(): Promise<string>;
  /** What the page's global `__xss` flag holds (set by a payload that ran). */
  flag(): Promise<unknown>;
  /** Evaluates a script in the page (through the browser's tools, as tests do), awaiting its value. */
  run(script: string): Promise<unknown>;
  /** The real pointer and keyboard, as a person uses them. */
  pointer: {
    move(x: number, y: number): Promise<void>;
    wheel(deltaY: number): Promise<void>;
    click(x: number, y: number): Promise<void>;
  };
  press(key: string): Promise<void>;
  screenshot(name: string): Promise<void>;
  close(): Promise<void>;
}

/** The popup, opened as the page `popup.html?tab=ID` the way the suites open it. */
export interface PopupView {
  text(selector: string): Promise<string | null>;
  count(selector: string): Promise<number>;
  click(selector: string): Promise<void>;
  clickButtonNamed(name: string): Promise<void>;
  isDisabled(selector: string): Promise<boolean>;
  /** The article's computed font size in px. */
  fontSize(): Promise<number>;
  pressShortcut(key: '=' | '0'): Promise<void>;
  /** Chooses `value` in the <select> at `selector`, as a user would (a change event follows). */
  select(selector: string, value: string): Promise<void>;
  /** The reading surface's background colour and the article's font family. */
  look(): Promise<{ background: string; font: string }>;
  flag(): Promise<unknown>;
  /** Evaluates a script in the popup page, awaiting its value. */
  run(script: string): Promise<unknown>;
  /** Presses a key (a KeyboardEvent `key` name, e.g. 'ArrowRight', 'Escape', 'Tab') in the popup. */
  press(key: string): Promise<void>;
  /** A click with the real pointer: what APIs that need the reader's gesture (permissions) ask for. */
  userClick(selector: string): Promise<void>;
  screenshot(name: string): Promise<void>;
  close(): Promise<void>;
}

export interface Driver {
  readonly name: 'chromium' | 'firefox';
  readonly origin: string;
  /** A page of the local test server (`/name/` for a fixture). */
  open(path: string, viewport?: { width: number; height: number }): Promise<ArticleTab>;
  /** A page the browser does not let extensions read. */
  openRestricted(): Promise<ArticleTab>;
  popup(tab: ArticleTab): Promise<PopupView>;
  /** Calls the background's shortcut or context-menu handler for the tab, as the browser would. */
  background(handler: 'onCommand' | 'onMenuClick', tab: ArticleTab): Promise<void>;
  /** Calls the background's handler for permissions taken away, as the browser would. */
  permissionsRemoved(origins: string[]): Promise<void>;
  /** Dialogs (alert, confirm) any page opened; each is dismissed. */
  readonly dialogs: string[];
  /** Requests made by anyone since the driver started, with their kind. */
  readonly requests: Array<{ url: string; image: boolean }>;
  close(): Promise<void>;
}

export const POPUP_READY = '.cr-article, .cr-message:not(.cr-loading)';

export async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Text of a serialized DOM subtree (BiDi or CDP), shadow roots included, styles left out. */
export interface TextNode {
  nodeType: number;
  nodeName?: string;
  localName?: string;
  value?: string;
  nodeValue?: string;
  children?: TextNode[];
  shadowRoot?: TextNode | null;
  shadowRoots?: TextNode[];
  attributes?: Record<string, string> | string[];
}

/** Runs in the popup page: what `PopupView.look` reports. */
export function readLook(): { background: string; font: string } {
  const article = document.querySelector('.cr-article')!;
  return { background: getComputedStyle(article.closest('.cr-root')!).backgroundColor, font: getComputedStyle(article).fontFamily };
}

/** The part of a Playwright or Puppeteer page the tab actions below need (both have it). */
export interface DrivenPage {
  evaluate<R, A>(fn: (arg: A) => R, arg: A): Promise<R>;
  evaluate(script: string): Promise<unknown>;
  reload(): Promise<unknown>;
  bringToFront(): Promise<void>;
  keyboard: { press(key: 'Escape'): Promise<void> };
}

/** The tab actions that read and drive the page the same way in both browsers. */
export function pageActions(page: DrivenPage): Pick<ArticleTab, 'snapshot' | 'scrollTo' | 'reload' | 'pressEscape' | 'flag' | 'run'> {
  return {
    snapshot: () => page.evaluate(() => ({ html: document.documentElement.outerHTML, x: scrollX, y: scrollY }), undefined),
    scrollTo: async (y) => void (await page.evaluate((to) => window.scrollTo(0, to), y)),
    reload: async () => void (await page.reload()),
    pressEscape: async () => {
      await page.bringToFront();
      await page.keyboard.press('Escape');
    },
    flag: () => page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss, undefined),
    run: (script) => page.evaluate(script),
  };
}
