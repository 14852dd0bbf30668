import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MAX_SITES, correctionFor, dropBlocks, forgetBlockRule, forgetSite, keepBlocks, loadSites, saveCorrection, sitesItem, validateSites, watchCorrection } from '../../src/corrections/sites';

const root = { steps: [{ tag: 'div', classes: ['story-body'] }] };

describe('per-site corrections', () => {
  beforeEach(() => fakeBrowser.reset());

  it('saves, finds and forgets a choice per host', async () => {
    await saveCorrection('news.example', root, 1);
    expect(await correctionFor('news.example')).toEqual({ root, savedAt: 1 });
    expect(await correctionFor('other.example')).toBeNull();
    await forgetSite('news.example');
    expect(await loadSites()).toEqual({});
  });

  it('keeps one site\'s correction current without reading storage again', async () => {
    await saveCorrection('news.example', root, 1);
    const current = watchCorrection('news.example');
    expect(await current()).toEqual({ root, savedAt: 1 });
    const box = { tag: 'aside', classes: ['fact-box'] };
    await keepBlocks('news.example', box, 2);
    await new Promise((settled) => setTimeout(settled, 0));
    expect(await current()).toEqual({ root, keep: [box], savedAt: 2 });
    await forgetSite('news.example');
    await new Promise((settled) => setTimeout(settled, 0));
    expect(await current()).toBeNull();
    expect(await watchCorrection(null)()).toBeNull();
  });

  it('reads bad or oversized data as nothing rather than breaking, and keeps the newest MAX_SITES', async () => {
    await sitesItem.setValue({ 'a.example': { root: { steps: [{ tag: 'div', classes: ['x"]{}'] }] }, savedAt: 1 }, 'b example': { root, savedAt: 2 } } as never);
    expect(await loadSites()).toEqual({});
    const many = Object.fromEntries(Array.from({ length: MAX_SITES + 5 }, (_, i) => [`s${i}.example`, { root, savedAt: i }]));
    const kept = validateSites(many);
    expect(Object.keys(kept)).toHaveLength(MAX_SITES);
    expect(kept['s0.example']).toBeUndefined();
    expect(validateSites('corrupt')).toEqual({});
  });

  it('keeps or drops a shape, never both, and takes one rule back at a time', async () => {
    const promo = { tag: 'div', classes: ['reader-poll'] };
    const box = { tag: 'aside', classes: ['fact-box'] };
    await dropBlocks('news.example', promo, 1);
    await dropBlocks('news.example', box, 2);
    expect((await correctionFor('news.example'))?.drop).toEqual([promo, box]);
    await keepBlocks('news.example', box, 3);
    expect(await correctionFor('news.example')).toMatchObject({ drop: [promo], keep: [box] });
    await forgetBlockRule('news.example', 'drop', promo);
    await forgetBlockRule('news.example', 'keep', box);
    // Nothing left of the site's corrections: the site goes.
    expect(await loadSites()).toEqual({});
  });

  it('reads bad drop rules as absent', () => {
    const sites = validateSites({ 'a.example': { drop: [{ tag: 'div', classes: ['ok'] }, { tag: 'DIV<script>', classes: [] }, 'x'], savedAt: 1 } });
    expect(sites['a.example']?.drop).toEqual([{ tag: 'div', classes: ['ok'] }]);
  });
});

describe('auto reader mode', () => {
  it('asks for one site: scheme and host, any port, web pages only', async () => {
    const { originPattern } = await import('../../src/corrections/auto-reader');
    expect(originPattern('https://news.example/2026/story?id=1#top')).toBe('https://news.example/*');
    expect(originPattern('http://127.0.0.1:8080/a')).toBe('http://127.0.0.1/*');
    expect(originPattern('chrome://extensions/')).toBeNull();
    expect(originPattern('file:///home/a.html')).toBeNull();
    expect(originPattern(undefined)).toBeNull();
  });

});
