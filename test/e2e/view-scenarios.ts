// End-to-end scenarios of the reading view itself, run in each browser from scenarios.ts: the
// one-line toolbar and its keyboard, axe-core on every surface and theme, read aloud with the
// system's real voices, and the reading position kept across a reload.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { PROSE } from '../helpers';
import { waitFor, type ArticleTab, type Driver, type PopupView } from './driver';

const SEED_LIKE = '/ru-regional-news/';
const LONG = '/long-feature';
/** A feature long enough to scroll through at any text size. */
export const VIEW_PAGES: Record<string, string> = {
  [LONG]: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>The long harbour feature</title></head><body><article><h1>The long harbour feature</h1>
${Array.from({ length: 12 }, (_, part) => `<h2>Part ${part + 1}</h2>${PROSE.map((p) => `<p>${p}</p>`).join('')}`).join('\n')}</article></body></html>`,
};
const THEMES = ['system', 'light', 'sepia', 'dark', 'contrast'];
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's violations in the page, as "rule: targets" lines. */
async function axeViolations(target: PopupView | ArticleTab, context: string): Promise<string[]> {
  await target.run(AXE);
  return (await target.run(
    `axe.run(${context}, { resultTypes: ['violations'] }).then((result) => result.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', ')))`,
  )) as string[];
}

const OVERLAY = `document.querySelector('clean-reader-overlay')`;
const LAYER = `${OVERLAY}.shadowRoot.querySelector('.cr-layer')`;

/** The toolbar's geometry in the popup: how many lines, how much overflows, unnamed buttons. */
const TOOLBAR_GEOMETRY = `(() => {
  const bar = document.querySelector('.cr-toolbar');
  const boxes = Array.from(bar.querySelectorAll('button, .cr-size')).map((el) => el.getBoundingClientRect()).filter((box) => box.width > 0);
  // On one line every control overlaps the first one vertically.
  const first = boxes[0];
  const lines = 1 + boxes.filter((box) => box.top >= first.bottom || box.bottom <= first.top).length;
  const unnamed = Array.from(bar.querySelectorAll('button')).filter((b) => !(b.getAttribute('aria-label') || '').trim()).length;
  return { lines, overflow: bar.scrollWidth - bar.clientWidth, width: bar.clientWidth, unnamed, lang: document.documentElement.lang };
})()`;
type Geometry = { lines: number; overflow: number; width: number; unnamed: number; lang: string };

export function defineViewScenarios(driver: () => Driver, launchDriver: (pages: Record<string, string>, lang?: string) => Promise<Driver>): void {
  describe('reading view', () => {
    it('has one line of named controls, reachable with the keyboard', async () => {
      const tab = await driver().open(SEED_LIKE);
      const popup = await driver().popup(tab);
      try {
        const geometry = (await popup.run(TOOLBAR_GEOMETRY)) as Geometry;
        console.log(`toolbar (${driver().name}, ${geometry.lang}): ${geometry.lines} line at ${geometry.width} px, overflow ${geometry.overflow} px`);
        expect(geometry).toMatchObject({ lines: 1, overflow: 0, unnamed: 0 });

        await popup.run(`document.querySelector('.cr-toolbar [tabindex="0"]').focus()`);
        const focused = () => popup.run(`document.activeElement?.dataset.action ?? null`);
        expect(await focused()).toBe('smaller');
        await popup.press('ArrowRight');
        expect(await focused()).toBe('larger');
        await popup.press('End');
        expect(await focused()).toBe('help');
        await popup.press('Enter');
        await waitFor(async () => (await popup.count('[data-panel="help"]:not([hidden])')) === 1, 'the shortcuts panel');
        expect(await popup.text('[data-panel="help"]')).toMatch(/Ctrl \+/);
        await popup.press('Escape');
        await waitFor(async () => (await popup.count('[data-panel="help"][hidden]')) === 1, 'the panel to close');
        expect(await focused()).toBe('help');
      } finally {
        await popup.close();
        await tab.close();
      }
    });

    it('keeps the toolbar on one line in Russian too', async () => {
      const russian = await launchDriver({}, 'ru');
      try {
        const tab = await russian.open(SEED_LIKE);
        const popup = await russian.popup(tab);
        const geometry = (await popup.run(TOOLBAR_GEOMETRY)) as Geometry;
        const label = (await popup.run(`document.querySelector('[data-action="narrate"]').getAttribute('aria-label')`)) as string;
        console.log(`toolbar (${russian.name}, ${geometry.lang}): ${geometry.lines} line at ${geometry.width} px, overflow ${geometry.overflow} px; read-aloud button: "${label}"`);
        expect(geometry).toMatchObject({ lines: 1, overflow: 0, unnamed: 0 });
        // Chromium takes the locale from --lang; Firefox ESR ships without a Russian language pack,
        // so its UI (and our locale with it) stays English there.
        if (russian.name === 'chromium') expect(label).toBe('Читать вслух');
      } finally {
        await russian.close();
      }
    });

    it('passes axe-core in the popup, the Aa panel, the export menu and reader mode, in every theme', async () => {
      const tab = await driver().open(SEED_LIKE, { width: 1100, height: 700 });
      try {
        await driver().background('onCommand', tab);
        await waitFor(() => tab.overlayOpen(), 'reader mode to open');
        const report: string[] = [];
        for (const theme of THEMES) {
          const popup = await driver().popup(tab);
          await popup.click('[data-action="type-panel"]');
          await popup.click(`[data-action="theme"][data-value="${theme}"]`);
          const checks: Array<[string, () => Promise<string[]>]> = [
            ['popup + Aa panel', () => axeViolations(popup, 'document')],
            ['export menu', async () => {
              await popup.click('[data-action="export"]');
              return axeViolations(popup, 'document');
            }],
            ['reader mode', async () => {
              await waitFor(async () => (await tab.run(`${OVERLAY}.shadowRoot.querySelector('.cr-root').dataset.theme`)) === theme, 'the overlay to take the theme');
              return axeViolations(tab, OVERLAY);
            }],
          ];
          for (const [surface, check] of checks) {
            const violations = await check();
            report.push(`${surface}/${theme}: ${violations.length} violations${violations.length ? ` (${violations.join('; ')})` : ''}`);
          }
          if (theme === 'dark') await popup.screenshot('popup-export-menu-dark');
          if (theme === 'contrast') await tab.screenshot('overlay-contrast');
          await popup.close();
        }
        // The scenarios after this one read the pages in the default theme.
        const reset = await driver().popup(tab);
        await reset.click('[data-action="type-panel"]');
        await reset.click('[data-action="theme"][data-value="system"]');
        await reset.close();
        console.log(`axe-core (${driver().name}):\n  ${report.join('\n  ')}`);
        expect(report.filter((line) => !line.includes(': 0 violations'))).toEqual([]);
      } finally {
        await tab.close();
      }
    });

    it('reads the article aloud with the system voices, or says there are none', async () => {
      const tab = await driver().open(SEED_LIKE);
      const popup = await driver().popup(tab);
      try {
        await popup.click('[data-action="narrate"]');
        await waitFor(async () => (await popup.count('.cr-narrate[data-voices]')) === 1, 'the read-aloud bar to find voices or say there are none');
        const voices = (await popup.run(`speechSynthesis.getVoices().map((v) => v.name + ' (' + v.lang + ')')`)) as string[];
        console.log(`voices (${driver().name}): ${voices.length ? `${voices.length}: ${voices.slice(0, 8).join(', ')}${voices.length > 8 ? ', …' : ''}` : 'none'}`);
        if (voices.length === 0) {
          expect(await popup.text('.cr-narrate-message')).toMatch(/no voices/i);
        } else {
          const sentence = () => popup.run(`(() => { const h = CSS.highlights?.get('cr-narrate'); return h ? [...h][0]?.toString() ?? null : document.querySelector('[data-narrating]')?.textContent ?? null; })()`);
          const state = () => popup.run(`document.querySelector('.cr-narrate').dataset.state`);
          // Russian article: a Russian voice is chosen when the system has one.
          const chosen = (await popup.run(`document.querySelector('[data-action="narrate-voice"]').selectedOptions[0]?.textContent ?? ''`)) as string;
          if (voices.some((v) => /\(ru/i.test(v))) expect(chosen).toMatch(/\(ru/i);
          await waitFor(async () => (await state()) === 'playing', 'reading to start');
        const first = await sentence();
        expect(first).toBeTruthy();
        // Sentence boundaries come from the speech engine finishing each sentence; a machine with
        // voices but no audio output never finishes one. What it did is printed, not assumed.
        const moved = await waitFor(async () => (await sentence()) !== first, 'the highlight to move', 8_000).then(() => true, () => false);
        await popup.click('[data-action="narrate-play"]');
        await waitFor(async () => (await state()) === 'paused', 'pause');
        const pausedAt = await sentence();
        await new Promise((resolve) => setTimeout(resolve, 600));
        expect(await sentence()).toBe(pausedAt);
        await popup.click('[data-action="narrate-play"]');
        await waitFor(async () => (await state()) === 'playing', 'resume');
        expect(await sentence()).toBe(pausedAt);
        await popup.click('[data-action="narrate-next"]');
        await waitFor(async () => (await sentence()) !== pausedAt, 'the next paragraph');
        await popup.click('[data-action="narrate-stop"]');
        await waitFor(async () => (await state()) === 'idle', 'stop');
        expect(await popup.count('[data-narrating]')).toBe(0);
        console.log(`read aloud (${driver().name}): voice ${chosen}; first sentence "${String(first).slice(0, 40)}…"; speech events ${moved ? 'moved the highlight to the next sentence' : 'none within 8 s (no audio output)'}; pause, resume, next paragraph, stop`);
        }
      } finally {
        await popup.close();
        await tab.close();
      }
    });

    it('opens reader mode where the reader stopped, after a reload, with the time left', async () => {
      const tab = await driver().open(LONG, { width: 900, height: 600 });
      try {
        await driver().background('onCommand', tab);
        await waitFor(() => tab.overlayOpen(), 'reader mode to open');
        await tab.run(`(() => { const layer = ${LAYER}; layer.scrollTop = (layer.scrollHeight - layer.clientHeight) / 2; layer.dispatchEvent(new Event('scroll')); })()`);
        const timeLeft = (await tab.run(`${OVERLAY}.shadowRoot.querySelector('.cr-time-left').textContent`)) as string;
        expect(timeLeft).toMatch(/\d+ min left/);
        await new Promise((resolve) => setTimeout(resolve, 800));
        await tab.pressEscape();
        await waitFor(async () => !(await tab.overlayOpen()), 'reader mode to close');
        await tab.reload();
        await driver().background('onCommand', tab);
        await waitFor(() => tab.overlayOpen(), 'reader mode to open again');
        const at = async () => (await tab.run(`(() => { const layer = ${LAYER}; return layer.scrollTop / (layer.scrollHeight - layer.clientHeight); })()`)) as number;
        await waitFor(async () => Math.abs((await at()) - 0.5) < 0.05, 'the reading position to come back');
        await tab.pressEscape();
      } finally {
        await tab.close();
      }
    });
  });
}
