// The popup's article half, loaded while the page is read (see app.ts): the reading view, its
// settings panel and exports, and the "always reader mode here" switch.

import type { Article } from '../extract/types';
import type { ReadingSettings } from '../settings/settings';
import { sendToTab, openReaderMode } from '../messaging/client';
import { disableAutoReader, enableAutoReader, isAutoReader, originPattern } from '../corrections/auto-reader';
import { createReaderView, type ReaderViewOptions } from '../reader/reader-view';
import { renderSettingsPanel } from './settings-panel';
import { renderExport } from '../reader/export-formats';

export async function showArticle(
  container: HTMLElement,
  article: Article,
  tabId: number,
  host: string | null,
  url: string | null,
  savedSettings: Promise<ReadingSettings>,
  corrections: Pick<ReaderViewOptions, 'onPick' | 'onForgetSite' | 'onKeepBlock' | 'removals'>,
): Promise<void> {
  const doc = container.ownerDocument;
  let settingsPanel: HTMLElement | undefined;
  const view = await createReaderView(doc, {
    article,
    host,
    render: (format) => renderExport(article, format, window, url),
    ...corrections,
    autoReader: autoReaderControl(url ?? undefined),
    settings: savedSettings,
    print: () => window.print(),
    extras: [
      {
        id: 'reader-mode',
        label: 'readerMode',
        icon: 'book',
        pressed: false,
        action: () => {
          void openReaderMode(tabId, 'toggle', true).then(() => window.close(), () => undefined);
        },
      },
      {
        id: 'settings',
        label: 'settings',
        icon: 'settings',
        action: () => {
          // Built on first use: most readers never open it, and the popup should paint first.
          if (settingsPanel) settingsPanel.toggleAttribute('hidden');
          else settingsPanel = renderSettingsPanel(doc, view.settings);
          view.root.querySelector('.cr-toolbar')!.after(settingsPanel);
        },
      },
    ],
  });
  container.replaceChildren(view.root);
  // Whether reader mode is already on in the tab is asked after the article is on screen.
  void sendToTab(tabId, 'readerMode', { action: 'status' }).then(
    ({ open }) => view.root.querySelector('[data-action="reader-mode"]')?.setAttribute('aria-pressed', String(open)),
    () => undefined,
  );
}

/** The "always reader mode here" switch, for web pages (http, https) only. */
function autoReaderControl(url: string | undefined): ReaderViewOptions['autoReader'] {
  const pattern = originPattern(url);
  if (!pattern) return undefined;
  return {
    isOn: () => isAutoReader(pattern),
    set: async (wanted) => {
      if (wanted) return enableAutoReader(pattern);
      await disableAutoReader(pattern);
      return false;
    },
  };
}

