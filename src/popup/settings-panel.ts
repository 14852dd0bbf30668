// Reading settings beyond the toolbar: line height, width, per-site size, the article badge.

import { browser } from 'wxt/browser';
import { LINE_HEIGHTS, WIDTHS, type ReadingSettings } from '../settings/settings';
import { saveSettings } from '../settings/store';
import { element } from '../reader/element';
import { t, type MessageKey } from '../i18n';
import { forgetBlockRule, forgetSite, loadSites, type SiteCorrection } from '../corrections/sites';

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

/** The sites the reader corrected, each with its rules and ways to take them back. */
function renderSiteChoices(doc: Document): HTMLElement {
  const box = element(doc, 'div', 'cr-sites');
  box.dataset.panel = 'sites';
  box.append(element(doc, 'p', 'cr-row-label', t('sitesWithChoice')));
  const list = doc.createElement('ul');
  box.append(list);
  const fill = async () => {
    const corrections = await loadSites();
    const sites = Object.keys(corrections).sort();
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
      const rules = ruleList(doc, host, corrections[host]!, fill);
      if (rules) item.append(rules);
      list.append(item);
    }
  };
  void fill();
  return box;
}

/** "keeps div.author-box", "drops aside.poll": each rule with its own way back. */
function ruleList(doc: Document, host: string, site: SiteCorrection, refill: () => Promise<void>): HTMLElement | null {
  const rules = [...(site.keep ?? []).map((shape) => ['keep', shape] as const), ...(site.drop ?? []).map((shape) => ['drop', shape] as const)];
  if (rules.length === 0) return null;
  const list = element(doc, 'ul', 'cr-rules');
  for (const [kind, shape] of rules) {
    const name = `${shape.tag}${shape.id ? `#${shape.id}` : ''}${shape.classes.map((c) => `.${c}`).join('')}`;
    const item = element(doc, 'li', '', `${t(kind === 'keep' ? 'ruleKeep' : 'ruleDrop')} `);
    item.append(element(doc, 'code', '', name), ' ');
    const remove = element(doc, 'button', 'cr-link-button', t('forgetRule'));
    remove.type = 'button';
    remove.dataset.action = 'forget-rule';
    remove.setAttribute('data-rule', `${kind} ${name}`);
    remove.setAttribute('aria-label', `${t('forgetRule')}: ${t(kind === 'keep' ? 'ruleKeep' : 'ruleDrop')} ${name}`);
    remove.addEventListener('click', () => void forgetBlockRule(host, kind, shape).then(refill));
    item.append(remove);
    list.append(item);
  }
  return list;
}

