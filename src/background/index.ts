// The background: the keyboard shortcut and the context-menu item toggle reader mode in the
// current tab; when the reader allowed it, article pages get a mark on the toolbar icon.

import { browser } from 'wxt/browser';
import { dropScriptsWithoutPermission, onOriginsRemoved } from '../corrections/auto-reader';
import { READERABLE_FILE, isRestrictedUrl, openReaderMode } from '../messaging/client';
import type { ReaderModeResponse } from '../messaging/protocol';
import { loadSettings } from '../settings/store';
import { t } from '../i18n';

export const COMMAND_TOGGLE = 'toggle-reader-mode';
export const MENU_TOGGLE = 'toggle-reader-mode';
const ALL_SITES = { origins: ['<all_urls>'] };

/** Reader mode on or off in a tab; the handler behind the shortcut and the menu item. */
export async function toggleReaderMode(tabId: number | undefined, url: string | undefined): Promise<ReaderModeResponse> {
  if (tabId === undefined || isRestrictedUrl(url)) return { open: false, error: 'failed' };
  try {
    return await openReaderMode(tabId, 'toggle', true);
  } catch {
    return { open: false, error: 'failed' };
  }
}

export async function updateBadge(tabId: number, url: string | undefined): Promise<void> {
  const settings = await loadSettings();
  if (!settings.showBadge || isRestrictedUrl(url) || !(await browser.permissions.contains(ALL_SITES))) return;
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  try {
    const [answer] = await browser.scripting.executeScript({ target: { tabId }, files: [READERABLE_FILE] });
    const readerable = answer?.result === true;
    await action.setBadgeText({ tabId, text: readerable ? '✓' : '' });
    if (readerable) await action.setBadgeBackgroundColor({ tabId, color: '#2f6f3e' });
  } catch {
    // A page that closed or navigated meanwhile: nothing to mark.
  }
}

type TabLike = { id?: number; url?: string } | undefined;

export async function onCommand(command: string, tab?: TabLike): Promise<ReaderModeResponse | undefined> {
  if (command !== COMMAND_TOGGLE) return undefined;
  const target = tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  return toggleReaderMode(target?.id, target?.url);
}

export async function onMenuClick(info: { menuItemId: string | number }, tab?: TabLike): Promise<ReaderModeResponse | undefined> {
  return info.menuItemId === MENU_TOGGLE ? toggleReaderMode(tab?.id, tab?.url) : undefined;
}

export function startBackground(): void {
  browser.runtime.onInstalled.addListener(() => {
    void browser.contextMenus.removeAll().then(() =>
      browser.contextMenus.create({ id: MENU_TOGGLE, title: t('commandToggleReader'), contexts: ['page'] }),
    );
  });
  browser.commands.onCommand.addListener((command, tab) => void onCommand(command, tab));
  browser.contextMenus.onClicked.addListener((info, tab) => void onMenuClick(info, tab));
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status === 'complete') void updateBadge(tabId, tab.url);
  });
  browser.permissions.onRemoved.addListener((removed) => void onPermissionsRemoved(removed));
  void dropScriptsWithoutPermission().catch(() => undefined);
}

export async function onPermissionsRemoved(removed: { origins?: string[] }): Promise<void> {
  await onOriginsRemoved(removed.origins);
}
