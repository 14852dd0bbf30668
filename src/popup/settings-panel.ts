// Reading settings beyond the toolbar: line height, width, per-site size, the article badge.

import { browser } from 'wxt/browser';
import { LINE_HEIGHTS, WIDTHS, type ReadingSettings } from '../settings/settings';
import { saveSettings } from '../settings/store';
import { element } from '../reader/article-view';
import { t, type MessageKey } from '../i18n';
import { forgetSite, loadSites } from '../corrections/sites';

const ALL_SITES = { origins: ['<all_urls>'] };

/**
 * The panel reads the settings the reading view holds (no second storage read), and asks again
 * on each change: the toolbar may have changed the text size since the panel opened.
 */
export function renderSettingsPanel(doc: Document, current: () => ReadingSettings): HTMLElement {
  const panel = element(doc, 'div', 'cr-settings');
  panel.dataset.panel = 'settings';
  const settings = current();
  const update = async (change: Partial<ReadingSettings>) => {
    const latest = current();
    await saveSettings({ ...latest, ...change }, latest);
  };
  const row = (label: MessageKey, control: HTMLElement) => {
    const name = element(doc, 'label', '', t(label));
    control.id = `cr-setting-${label}`;
    name.htmlFor = control.id;
    panel.append(name, control);
  };
  const select = <T extends string | number>(label: MessageKey, values: readonly T[], current: T, text: (value: T) => string, apply: (value: T) => void) => {
    const node = element(doc, 'select', 'cr-select');
    for (const value of values) {
      const option = element(doc, 'option', '', text(value));
      option.value = String(value);
      option.selected = value === current;
      node.append(option);
    }
    node.addEventListener('change', () => apply(values.find((value) => String(value) === node.value)!));
    row(label, node);
  };
  const checkbox = (label: MessageKey, checked: boolean, apply: (checked: boolean, box: HTMLInputElement) => void) => {
    const node = element(doc, 'input', '');
    node.type = 'checkbox';
    node.checked = checked;
    node.addEventListener('change', () => apply(node.checked, node));
    row(label, node);
  };
  select('lineHeight', LINE_HEIGHTS, settings.lineHeight, (value) => String(value), (lineHeight) => void update({ lineHeight }));
  select('width', WIDTHS, settings.width, (value) => t(`width_${value}` as MessageKey), (width) => void update({ width }));
  checkbox('perSiteSize', settings.perSiteSize, (perSiteSize) => void update({ perSiteSize }));
  checkbox('showBadge', settings.showBadge, (showBadge, box) => {
    // The badge needs to look at every page: ask for that only when the reader turns it on.
    const ask = showBadge ? browser.permissions.request(ALL_SITES) : browser.permissions.remove(ALL_SITES).then(() => true);
    void ask.then(
      (granted) => {
        box.checked = showBadge && granted;
        return update({ showBadge: showBadge && granted });
      },
      () => {
        box.checked = false;
      },
    );
  });
  panel.append(renderSiteChoices(doc));
  return panel;
}

/** The sites where the reader chose the article, each with a way to forget the choice. */
function renderSiteChoices(doc: Document): HTMLElement {
  const box = element(doc, 'div', 'cr-sites');
  box.dataset.panel = 'sites';
  box.append(element(doc, 'p', 'cr-row-label', t('sitesWithChoice')));
  const list = doc.createElement('ul');
  box.append(list);
  const fill = async () => {
    const sites = Object.keys(await loadSites()).sort();
    list.replaceChildren();
    if (sites.length === 0) list.append(element(doc, 'li', '', t('noSitesWithChoice')));
    for (const host of sites) {
      const item = element(doc, 'li', '', `${host} `);
      const forget = element(doc, 'button', 'cr-button', t('forget'));
      forget.type = 'button';
      forget.dataset.action = 'forget';
      forget.dataset.host = host;
      forget.setAttribute('aria-label', `${t('forget')}: ${host}`);
      forget.addEventListener('click', () => void forgetSite(host).then(fill));
      item.append(forget);
      list.append(item);
    }
  };
  void fill();
  return box;
}
