// The reader's toolbar, the same in the popup and on the page: text size, theme, font, copy,
// and the surface's own actions (reader mode in the popup; close and print on the page).

import { THEMES, isLargest, isSmallest, type ReadingSettings, type SizeStep, type Theme } from '../settings/settings';
import { t, type MessageKey } from '../i18n';
import { element } from './article-view';

export interface ToolbarActions {
  onSize(step: SizeStep): void;
  onSettings(change: Partial<ReadingSettings>): void;
  onCopy?: (format: 'markdown' | 'text') => void;
  /** Extra buttons of the surface, in order: label key, action, and whether it is a toggle. */
  extras: Array<{ label: MessageKey; action: () => void; pressed?: boolean; id: string }>;
}

export interface Toolbar {
  root: HTMLElement;
  update(settings: ReadingSettings, textSize: number): void;
}

export function buildToolbar(doc: Document, actions: ToolbarActions): Toolbar {
  const root = element(doc, 'div', 'cr-toolbar');
  root.setAttribute('role', 'toolbar');
  const button = (id: string, label: MessageKey, text: string, onClick: () => void) => {
    const node = element(doc, 'button', 'cr-button', text);
    node.type = 'button';
    node.dataset.action = id;
    node.title = t(label);
    node.setAttribute('aria-label', t(label));
    node.addEventListener('click', onClick);
    root.append(node);
    return node;
  };
  const smaller = button('smaller', 'textSmaller', 'A−', () => actions.onSize('smaller'));
  const size = element(doc, 'span', 'cr-size');
  size.setAttribute('aria-live', 'polite');
  root.append(size);
  const larger = button('larger', 'textLarger', 'A+', () => actions.onSize('larger'));
  button('reset', 'textReset', '↺', () => actions.onSize('reset'));

  const theme = element(doc, 'select', 'cr-select');
  theme.title = t('theme');
  theme.setAttribute('aria-label', t('theme'));
  theme.dataset.action = 'theme';
  for (const value of THEMES) {
    const option = element(doc, 'option', '', t(`theme_${value}` as MessageKey));
    option.value = value;
    theme.append(option);
  }
  theme.addEventListener('change', () => actions.onSettings({ theme: theme.value as Theme }));
  root.append(theme);
  const font = button('font', 'fontToggle', 'Aa', () => actions.onSettings({ font: font.dataset.font === 'serif' ? 'sans' : 'serif' }));
  const { onCopy } = actions;
  if (onCopy) {
    button('copy-markdown', 'copyMarkdown', 'MD', () => onCopy('markdown'));
    button('copy-text', 'copyText', 'TXT', () => onCopy('text'));
  }
  root.append(element(doc, 'span', 'cr-spacer'));
  for (const extra of actions.extras) {
    const node = button(extra.id, extra.label, t(extra.label), extra.action);
    if (extra.pressed !== undefined) node.setAttribute('aria-pressed', String(extra.pressed));
  }

  return {
    root,
    update(settings, textSize) {
      size.textContent = t('textSizeValue', String(textSize));
      smaller.disabled = isSmallest(textSize);
      larger.disabled = isLargest(textSize);
      theme.value = settings.theme;
      font.dataset.font = settings.font;
      font.setAttribute('aria-pressed', String(settings.font === 'sans'));
    },
  };
}

/** Ctrl/⌘ with +, − and 0, as in the browser itself. */
export function sizeStepForKey(event: KeyboardEvent): SizeStep | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  if (event.key === '+' || event.key === '=') return 'larger';
  if (event.key === '-' || event.key === '_') return 'smaller';
  if (event.key === '0') return 'reset';
  return null;
}
