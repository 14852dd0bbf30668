import { describe, expect, it } from 'vitest';
import { cookieBanners } from '../../../src/extract/stages/cookie-banners';
import { article, runStage } from '../../helpers';

describe('cookie-banners', () => {
  it('removes consent banners in English and Russian', () => {
    const run = runStage(cookieBanners, article('<div class="cc-window">We use cookies to improve your experience. <button>Accept</button></div><div>Мы используем файлы cookie. <button>Принять</button></div>'));
    expect(run.removals).toHaveLength(2);
  });

  it('removes a German banner whose button is a submit input', () => {
    const banner = '<div id="eu-cookie-law"><form><input type="submit" value="Schließen und Akzeptieren"> Diese Website verwendet Cookies. Wenn du die Website weiterhin nutzt, stimmst du der Verwendung zu.</form></div>';
    const run = runStage(cookieBanners, article(banner));
    expect(run.removals).toHaveLength(1);
    expect(run.text).not.toContain('verwendet Cookies');
  });

  it('keeps a recipe that mentions cookies', () => {
    const run = runStage(cookieBanners, article('<div class="recipe"><p>Bake the cookies for twelve minutes, until the edges turn golden.</p><button>Print recipe</button></div>'));
    expect(run.removals).toEqual([]);
  });

  it("keeps a page builder's components called cmp-…, and removes a consent box that says so", () => {
    const teaser = '<div class="cmp-teaser"><h3 class="cmp-teaser__title">Threat report</h3><p>What changed in a year of attacks.</p><button class="cmp-button">Read</button></div>';
    const consent = '<div class="cmpbox">We use cookies to measure visits. <button>Accept</button></div>';
    const run = runStage(cookieBanners, article(`${teaser}${consent}`));
    expect(run.removals).toHaveLength(1);
    expect(run.text).toContain('Threat report');
    expect(run.text).not.toContain('measure visits');
  });
});
