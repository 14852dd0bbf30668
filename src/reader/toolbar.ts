// The reader's toolbar, the same in the popup and on the page, on one line: text size, the "Aa"
// panel, read aloud, share/export, the surface's own actions, and "?" for the shortcuts.
// One tab stop; arrow keys move inside it; Esc closes an open panel and returns to its button.

import { isLargest, isSmallest, type ReadingSettings, type SizeStep } from '../settings/settings';
import { t, type MessageKey } from '../i18n';
import { element } from './element';
import { arrowKeys, iconButton, keepTabStop, panelRoot } from './controls';
import type { IconName } from './icons';
import { buildTypePanel } from './type-panel';
import { buildExportMenu, type ExportActions } from './export-menu';

export interface ToolbarActions {
  onSize(step: SizeStep | number): void;
  onSettings(change: Partial<ReadingSettings>): void;
  onNarrate(): void;
  exports: Omit<ExportActions, 'say'>;
  say(key: MessageKey): void;
  /** Buttons of the surface, in order: reader mode and settings in the popup, close on the page. */
  extras: Array<{ id: string; label: MessageKey; icon: IconName; action: () => void; pressed?: boolean }>;
}

export interface Toolbar {
  root: HTMLElement;
  /** The panels, placed by the view right below the toolbar. */
  panels: HTMLElement[];
  update(settings: ReadingSettings, textSize: number): void;
  /** Closes an open panel; false when none was open. */
  closePanel(): boolean;
}

export function buildToolbar(doc: Document, actions: ToolbarActions): Toolbar {
  const root = element(doc, 'div', 'cr-toolbar');
  root.setAttribute('role', 'toolbar');
  root.setAttribute('aria-label', t('toolbar'));

  const sizeGroup = element(doc, 'div', 'cr-group');
  sizeGroup.setAttribute('role', 'group');
  sizeGroup.setAttribute('aria-label', t('textSize'));
  const smaller = iconButton(doc, 'smaller', 'textSmaller', 'smaller', () => actions.onSize('smaller'));
  const size = element(doc, 'span', 'cr-size');
  size.setAttribute('aria-live', 'polite');
  const larger = iconButton(doc, 'larger', 'textLarger', 'larger', () => actions.onSize('larger'));
  sizeGroup.append(smaller, size, larger);

  const typePanel = buildTypePanel(doc, {
    onSettings: actions.onSettings,
    onTextSize: (value) => actions.onSize(value === 'reset' ? 'reset' : value),
  });
  const exportMenu = buildExportMenu(doc, { ...actions.exports, say: actions.say }, () => closePanel());
  const help = buildHelpPanel(doc);

  let open: { panel: HTMLElement; button: HTMLButtonElement } | null = null;
  const closePanel = (returnFocus = true): boolean => {
    if (!open) return false;
    const { panel, button } = open;
    open = null;
    panel.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    if (returnFocus) button.focus();
    return true;
  };
  const panelButton = (action: string, label: MessageKey, iconName: IconName, panel: HTMLElement, popup: 'dialog' | 'menu') => {
    const button = iconButton(doc, action, label, iconName, () => {
      const wasOpen = open?.panel === panel;
      closePanel(false);
      if (wasOpen) return;
      open = { panel, button };
      panel.hidden = false;
      button.setAttribute('aria-expanded', 'true');
      (panel.querySelector<HTMLElement>('button, input') ?? panel).focus();
    });
    button.setAttribute('aria-haspopup', popup);
    button.setAttribute('aria-expanded', 'false');
    button.setAttribute('aria-controls', panel.id);
    return button;
  };

  const typeButton = panelButton('type-panel', 'typePanel', 'type', typePanel.root, 'dialog');
  const narrate = iconButton(doc, 'narrate', 'readAloud', 'play', actions.onNarrate);
  const share = panelButton('export', 'exportMenu', 'share', exportMenu, 'menu');
  root.append(sizeGroup, typeButton, narrate, share, element(doc, 'span', 'cr-spacer'));
  for (const extra of actions.extras) {
    const button = iconButton(doc, extra.id, extra.label, extra.icon, extra.action);
    if (extra.pressed !== undefined) button.setAttribute('aria-pressed', String(extra.pressed));
    root.append(button);
  }
  root.append(panelButton('help', 'shortcuts', 'help', help, 'dialog'));
  arrowKeys(root, 'horizontal', true);

  for (const panel of [typePanel.root, exportMenu, help]) {
    panel.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      event.stopPropagation();
      closePanel();
    });
  }

  return {
    root,
    panels: [typePanel.root, exportMenu, help],
    update(settings, textSize) {
      size.textContent = t('textSizeValue', String(textSize));
      smaller.disabled = isSmallest(textSize);
      larger.disabled = isLargest(textSize);
      keepTabStop(root);
      typePanel.update(settings, textSize);
    },
    closePanel: () => closePanel(),
  };
}

const SHORTCUTS: Array<[string, MessageKey]> = [
  ['Ctrl +', 'textLarger'],
  ['Ctrl −', 'textSmaller'],
  ['Ctrl 0', 'textReset'],
  ['Alt Shift R', 'commandToggleReader'],
  ['← →', 'shortcutArrows'],
  ['Esc', 'shortcutEscape'],
];

function buildHelpPanel(doc: Document): HTMLElement {
  const root = panelRoot(doc, 'help', 'dialog', 'shortcuts');
  root.tabIndex = -1;
  const list = doc.createElement('dl');
  for (const [keys, label] of SHORTCUTS) {
    const key = doc.createElement('dt');
    key.append(element(doc, 'kbd', '', keys));
    list.append(key, element(doc, 'dd', '', t(label).replace(/\s*\(.*\)$/, '')));
  }
  root.append(element(doc, 'p', 'cr-row-label', t('shortcuts')), list);
  return root;
}

/** Ctrl/⌘ with +, − and 0, as in the browser itself. */
export function sizeStepForKey(event: KeyboardEvent): SizeStep | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  if (event.key === '+' || event.key === '=') return 'larger';
  if (event.key === '-' || event.key === '_') return 'smaller';
  if (event.key === '0') return 'reset';
  return null;
}
