import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS, MAX_SITES, TEXT_SIZES, clampTextSize, isLargest, isSmallest, migrateFromV1, stepTextSize, textSizeFor,
  validateSettings, withTextSize,
} from '../../src/settings/settings';
import { loadSettings, saveSettings, settingsItem } from '../../src/settings/store';

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('has at least nine text sizes from about 12 to 32 px', () => {
    expect(TEXT_SIZES.length).toBeGreaterThanOrEqual(9);
    expect(TEXT_SIZES[0]).toBe(12);
    expect(TEXT_SIZES.at(-1)).toBe(32);
  });

  it('validates the reading-view fields of version 3: contrast theme, spacing, images, links, speech', () => {
    const settings = validateSettings({
      theme: 'contrast', letterSpacing: 'wider', hideImages: true, plainLinks: 'yes', speechRate: 1.5,
      voices: { ru: 'espeak-ng ru', en: 42, 'not a language': 'x', el: '' },
    });
    expect(settings).toMatchObject({ theme: 'contrast', letterSpacing: 'wider', hideImages: true, plainLinks: false, speechRate: 1.5, voices: { ru: 'espeak-ng ru' } });
    expect(validateSettings({ speechRate: 9, letterSpacing: 'huge' })).toMatchObject({ speechRate: 1, letterSpacing: 'normal' });
  });

  it('loads the defaults when nothing is stored', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('replaces each bad or missing stored field by its default and keeps the good ones', async () => {
    await fakeBrowser.storage.sync.set({ settings: { textSize: 'huge', theme: 'dark', font: 42, lineHeight: 9, width: 'wide', siteSizes: { 'a.example': 19, 'b.example': 'x' } } });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark', width: 'wide', siteSizes: { 'a.example': 18 } });
    await fakeBrowser.storage.sync.set({ settings: 'not an object' });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('clamps text sizes to the nearest step', () => {
    expect(clampTextSize(3)).toBe(12);
    expect(clampTextSize(100)).toBe(32);
    expect(clampTextSize(19.2)).toBe(20);
    expect(clampTextSize(Number.NaN)).toBe(DEFAULT_SETTINGS.textSize);
  });

  it('steps up and down and stops at the ends', () => {
    expect(stepTextSize(18, 'larger')).toBe(20);
    expect(stepTextSize(18, 'smaller')).toBe(17);
    expect(stepTextSize(32, 'larger')).toBe(32);
    expect(stepTextSize(12, 'smaller')).toBe(12);
    expect(stepTextSize(28, 'reset')).toBe(DEFAULT_SETTINGS.textSize);
    expect(isSmallest(12) && isLargest(32) && !isLargest(28)).toBe(true);
  });

  it('keeps a size per site when asked to, and one size otherwise', () => {
    const global = withTextSize(DEFAULT_SETTINGS, 'news.example', 24);
    expect(global.textSize).toBe(24);
    expect(textSizeFor(global, 'other.example')).toBe(24);
    const perSite = withTextSize({ ...DEFAULT_SETTINGS, perSiteSize: true }, 'news.example', 24);
    expect(textSizeFor(perSite, 'news.example')).toBe(24);
    expect(textSizeFor(perSite, 'other.example')).toBe(DEFAULT_SETTINGS.textSize);
  });

  it('caps the sites it remembers, forgetting the oldest', () => {
    let settings = { ...DEFAULT_SETTINGS, perSiteSize: true };
    for (let i = 0; i <= MAX_SITES; i++) settings = withTextSize(settings, `site${i}.example`, 20);
    expect(Object.keys(settings.siteSizes)).toHaveLength(MAX_SITES);
    expect(settings.siteSizes['site0.example']).toBeUndefined();
  });

  it('saves, and reads back what it saved', async () => {
    const result = await saveSettings({ ...DEFAULT_SETTINGS, theme: 'sepia' }, DEFAULT_SETTINGS);
    expect(result.ok).toBe(true);
    expect((await loadSettings()).theme).toBe('sepia');
  });

  it('keeps the last good settings and reports it when a write fails', async () => {
    const original = settingsItem.setValue;
    settingsItem.setValue = () => Promise.reject(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
    try {
      const result = await saveSettings({ ...DEFAULT_SETTINGS, theme: 'dark' }, DEFAULT_SETTINGS);
      expect(result).toEqual({ ok: false, settings: DEFAULT_SETTINGS, error: 'QUOTA_BYTES_PER_ITEM quota exceeded' });
    } finally {
      settingsItem.setValue = original;
    }
  });

  it('migrates version 1 settings', async () => {
    expect(validateSettings(migrateFromV1({ sizeIndex: 5, dark: true }))).toEqual({ ...DEFAULT_SETTINGS, textSize: 20, theme: 'dark' });
    await fakeBrowser.storage.sync.set({ settings: { sizeIndex: 8, dark: false }, settings$: { v: 1 } });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, textSize: 28, theme: 'light' });
  });
});
