// Reading settings, shared by the popup and the in-page reader: types, defaults and validation.
// Stored values come from older versions, other devices and hand edits; every field is checked
// when read and falls back to its default when it is missing or wrong.

/** Text sizes in CSS pixels, the steps of A− and A+. */
export const TEXT_SIZES = [12, 13, 14, 15, 16, 17, 18, 20, 22, 24, 26, 28, 32] as const;
export const THEMES = ['system', 'light', 'sepia', 'dark', 'contrast'] as const;
export const FONTS = ['serif', 'sans'] as const;
export const WIDTHS = ['narrow', 'medium', 'wide'] as const;
export const LINE_HEIGHTS = [1.4, 1.6, 1.8, 2] as const;
export const LETTER_SPACINGS = ['normal', 'wide', 'wider'] as const;
/** Read-aloud speeds, as the Web Speech API's rate (1 is the voice's normal pace). */
export const SPEECH_RATES = [0.75, 1, 1.25, 1.5, 1.75, 2] as const;

export type Theme = (typeof THEMES)[number];
export type Font = (typeof FONTS)[number];
export type Width = (typeof WIDTHS)[number];
export type LetterSpacing = (typeof LETTER_SPACINGS)[number];

export const SETTINGS_VERSION = 3;
/** Sizes remembered per site are capped, oldest first, to stay inside sync storage quotas. */
export const MAX_SITES = 200;

export interface ReadingSettings {
  textSize: number;
  theme: Theme;
  font: Font;
  lineHeight: number;
  width: Width;
  /** Remember a text size for each site instead of one for all. */
  perSiteSize: boolean;
  /** host -> text size, when `perSiteSize` is on. */
  siteSizes: Record<string, number>;
  /** Mark article pages on the toolbar icon (needs the optional host permission). */
  showBadge: boolean;
  letterSpacing: LetterSpacing;
  hideImages: boolean;
  /** Links read as plain text: no colour, no underline, not followed on click. */
  plainLinks: boolean;
  speechRate: number;
  /** language (primary subtag) -> the voice the reader chose for it (its voiceURI). */
  voices: Record<string, string>;
}

export const DEFAULT_SETTINGS: Readonly<ReadingSettings> = Object.freeze({
  textSize: 18,
  theme: 'system',
  font: 'serif',
  lineHeight: 1.6,
  width: 'medium',
  perSiteSize: false,
  siteSizes: {},
  showBadge: false,
  letterSpacing: 'normal',
  hideImages: false,
  plainLinks: false,
  speechRate: 1,
  voices: {},
});

const MAX_VOICES = 50;

const isOneOf = <T extends string | number>(values: readonly T[], value: unknown): value is T => values.includes(value as T);

/** The nearest step to any number; anything else falls back. */
export function clampTextSize(value: unknown, fallback: number = DEFAULT_SETTINGS.textSize): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  return TEXT_SIZES.reduce((best, step) => (Math.abs(step - value) < Math.abs(best - value) ? step : best), TEXT_SIZES[0]);
}

export function validateSettings(raw: unknown): ReadingSettings {
  const value = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const siteSizes: Record<string, number> = {};
  if (value.siteSizes && typeof value.siteSizes === 'object') {
    for (const [host, size] of Object.entries(value.siteSizes as Record<string, unknown>).slice(-MAX_SITES)) {
      if (typeof size === 'number' && Number.isFinite(size) && host.length <= 253) siteSizes[host] = clampTextSize(size);
    }
  }
  return {
    textSize: clampTextSize(value.textSize),
    theme: isOneOf(THEMES, value.theme) ? value.theme : DEFAULT_SETTINGS.theme,
    font: isOneOf(FONTS, value.font) ? value.font : DEFAULT_SETTINGS.font,
    lineHeight: isOneOf(LINE_HEIGHTS, value.lineHeight) ? value.lineHeight : DEFAULT_SETTINGS.lineHeight,
    width: isOneOf(WIDTHS, value.width) ? value.width : DEFAULT_SETTINGS.width,
    perSiteSize: typeof value.perSiteSize === 'boolean' ? value.perSiteSize : DEFAULT_SETTINGS.perSiteSize,
    siteSizes,
    showBadge: typeof value.showBadge === 'boolean' ? value.showBadge : DEFAULT_SETTINGS.showBadge,
    letterSpacing: isOneOf(LETTER_SPACINGS, value.letterSpacing) ? value.letterSpacing : DEFAULT_SETTINGS.letterSpacing,
    hideImages: typeof value.hideImages === 'boolean' ? value.hideImages : DEFAULT_SETTINGS.hideImages,
    plainLinks: typeof value.plainLinks === 'boolean' ? value.plainLinks : DEFAULT_SETTINGS.plainLinks,
    speechRate: isOneOf(SPEECH_RATES, value.speechRate) ? value.speechRate : DEFAULT_SETTINGS.speechRate,
    voices: validVoices(value.voices),
  };
}

function validVoices(raw: unknown): Record<string, string> {
  const voices: Record<string, string> = {};
  if (!raw || typeof raw !== 'object') return voices;
  for (const [lang, uri] of Object.entries(raw as Record<string, unknown>).slice(-MAX_VOICES)) {
    if (/^[a-z]{2,3}$/.test(lang) && typeof uri === 'string' && uri.length > 0 && uri.length <= 200) voices[lang] = uri;
  }
  return voices;
}

/** The text size for a page: its site's own when sizes are kept per site, the global one otherwise. */
export function textSizeFor(settings: ReadingSettings, host: string | null): number {
  if (settings.perSiteSize && host && settings.siteSizes[host] !== undefined) return settings.siteSizes[host]!;
  return settings.textSize;
}

/** Settings with a new text size for a page, stored where `textSizeFor` will look for it. */
export function withTextSize(settings: ReadingSettings, host: string | null, size: number): ReadingSettings {
  const textSize = clampTextSize(size);
  if (!settings.perSiteSize || !host) return { ...settings, textSize };
  const { [host]: _previous, ...others } = settings.siteSizes;
  const kept = Object.entries(others).slice(-(MAX_SITES - 1));
  return { ...settings, siteSizes: { ...Object.fromEntries(kept), [host]: textSize } };
}

export type SizeStep = 'larger' | 'smaller' | 'reset';

export function stepTextSize(size: number, step: SizeStep): number {
  if (step === 'reset') return DEFAULT_SETTINGS.textSize;
  const index = TEXT_SIZES.indexOf(clampTextSize(size) as (typeof TEXT_SIZES)[number]);
  const next = step === 'larger' ? Math.min(index + 1, TEXT_SIZES.length - 1) : Math.max(index - 1, 0);
  return TEXT_SIZES[next]!;
}

export const isSmallest = (size: number) => clampTextSize(size) === TEXT_SIZES[0];
export const isLargest = (size: number) => clampTextSize(size) === TEXT_SIZES[TEXT_SIZES.length - 1];

/**
 * Older stored shapes, upgraded. Version 1 kept the size as an index into a 9-step scale and the
 * theme as a boolean `dark`.
 */
export function migrateFromV1(raw: unknown): unknown {
  const old = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const v1Sizes = [14, 15, 16, 17, 18, 20, 22, 24, 28];
  const size = typeof old.sizeIndex === 'number' ? v1Sizes[Math.round(old.sizeIndex)] : undefined;
  // Values already in the current shape pass through: storage without a version mark reads as v1.
  const theme = old.dark === true ? 'dark' : old.dark === false ? 'light' : old.theme;
  return { ...old, textSize: size ?? old.textSize, theme };
}
