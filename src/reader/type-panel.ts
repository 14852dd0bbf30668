// The "Aa" panel: how the article looks. Font, size, line spacing, width, letter spacing, theme
// swatches, and whether images and links show. Every change applies at once and is remembered.

import {
  FONTS, LETTER_SPACINGS, LINE_HEIGHTS, TEXT_SIZES, THEMES, WIDTHS, clampTextSize,
  type ReadingSettings,
} from '../settings/settings';
import { t, type MessageKey } from '../i18n';
import { element } from './element';
import { checkboxRow, choiceRow, panelRoot, textButton } from './controls';

export interface TypePanelActions {
  onSettings(change: Partial<ReadingSettings>): void;
  onTextSize(size: number | 'reset'): void;
}

export interface TypePanel {
  root: HTMLElement;
  update(settings: ReadingSettings, textSize: number): void;
}

export function buildTypePanel(doc: Document, actions: TypePanelActions): TypePanel {
  const root = panelRoot(doc, 'type', 'dialog', 'typePanel');
  root.classList.add('cr-type-panel');

  const font = choiceRow(doc, 'font', 'font', FONTS, (value) => t(`font_${value}` as MessageKey), (value) => actions.onSettings({ font: value }), (button, value) => {
    button.classList.add(`cr-font-${value}`);
  });

  const sizeRow = element(doc, 'div', 'cr-row');
  const sizeLabel = element(doc, 'label', 'cr-row-label', t('textSize'));
  const range = element(doc, 'input', 'cr-range');
  range.type = 'range';
  range.min = '0';
  range.max = String(TEXT_SIZES.length - 1);
  range.step = '1';
  range.id = 'cr-size-range';
  range.dataset.action = 'size-range';
  sizeLabel.htmlFor = range.id;
  range.addEventListener('input', () => actions.onTextSize(TEXT_SIZES[Number(range.value)] ?? TEXT_SIZES[0]));
  const reset = textButton(doc, 'reset', t('textResetShort'), () => actions.onTextSize('reset'));
  reset.title = t('textReset');
  sizeRow.append(sizeLabel, range, reset);

  const lineHeight = choiceRow(doc, 'line-height', 'lineHeight', LINE_HEIGHTS, (value) => value.toFixed(1), (value) => actions.onSettings({ lineHeight: value }));
  const width = choiceRow(doc, 'width', 'width', WIDTHS, (value) => t(`width_${value}` as MessageKey), (value) => actions.onSettings({ width: value }));
  const spacing = choiceRow(doc, 'letter-spacing', 'letterSpacing', LETTER_SPACINGS, (value) => t(`spacing_${value}` as MessageKey), (value) => actions.onSettings({ letterSpacing: value }));
  const theme = choiceRow(doc, 'theme', 'theme', THEMES, (value) => t(`theme_${value}` as MessageKey), (value) => actions.onSettings({ theme: value }), (button, value) => {
    button.classList.add('cr-swatch');
    button.dataset.swatch = value;
  });
  const images = checkboxRow(doc, 'hide-images', 'hideImages', (checked) => actions.onSettings({ hideImages: checked }));
  const links = checkboxRow(doc, 'plain-links', 'plainLinks', (checked) => actions.onSettings({ plainLinks: checked }));

  root.append(font.root, sizeRow, lineHeight.root, width.root, spacing.root, theme.root, images.root, links.root);
  return {
    root,
    update(settings, textSize) {
      font.set(settings.font);
      range.value = String(TEXT_SIZES.indexOf(clampTextSize(textSize) as (typeof TEXT_SIZES)[number]));
      range.setAttribute('aria-valuetext', t('textSizeValue', String(textSize)));
      lineHeight.set(settings.lineHeight as (typeof LINE_HEIGHTS)[number]);
      width.set(settings.width);
      spacing.set(settings.letterSpacing);
      theme.set(settings.theme);
      images.set(settings.hideImages);
      links.set(settings.plainLinks);
    },
  };
}
