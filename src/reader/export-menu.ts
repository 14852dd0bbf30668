// The share/export menu: the article copied as Markdown or text, saved as a Markdown file or a
// self-contained HTML page, or printed. Files are made here, in the reader's browser; nothing
// is sent anywhere.

import { t, type MessageKey } from '../i18n';
import { element } from './element';
import { arrowKeys, panelRoot } from './controls';

export type ExportFormat = 'markdown' | 'text' | 'html';

export interface ExportActions {
  /** The article in a format, made when asked (Markdown and HTML cost a walk of the article). */
  render(format: ExportFormat): string;
  fileName: string;
  print(): void;
  /** What happened, for the status line. */
  say(key: MessageKey): void;
}

const ITEMS: Array<{ action: string; label: MessageKey }> = [
  { action: 'copy-markdown', label: 'copyMarkdown' },
  { action: 'copy-text', label: 'copyText' },
  { action: 'save-markdown', label: 'saveMarkdown' },
  { action: 'save-html', label: 'saveHtml' },
  { action: 'print', label: 'print' },
];

export function buildExportMenu(doc: Document, actions: ExportActions, close: () => void): HTMLElement {
  const root = panelRoot(doc, 'export', 'menu', 'exportMenu');
  root.classList.add('cr-menu');
  for (const { action, label } of ITEMS) {
    const item = element(doc, 'button', 'cr-menu-item', t(label));
    item.type = 'button';
    item.dataset.action = action;
    item.setAttribute('role', 'menuitem');
    item.tabIndex = -1;
    item.addEventListener('click', () => {
      close();
      void run(action, doc, actions);
    });
    root.append(item);
  }
  arrowKeys(root, 'vertical');
  return root;
}

async function run(action: string, doc: Document, actions: ExportActions): Promise<void> {
  switch (action) {
    case 'copy-markdown':
    case 'copy-text':
      try {
        await navigator.clipboard.writeText(actions.render(action === 'copy-text' ? 'text' : 'markdown'));
        actions.say('copied');
      } catch {
        actions.say('errorCopy');
      }
      return;
    case 'save-markdown':
      return save(doc, actions, 'markdown', 'text/markdown', 'md');
    case 'save-html':
      return save(doc, actions, 'html', 'text/html', 'html');
    case 'print':
      actions.print();
  }
}

function save(doc: Document, actions: ExportActions, format: ExportFormat, type: string, extension: string): void {
  try {
    const url = URL.createObjectURL(new Blob([actions.render(format)], { type: `${type};charset=utf-8` }));
    const link = doc.createElement('a');
    link.href = url;
    link.download = `${actions.fileName}.${extension}`;
    // Clicked without being put in the document: the page under the reader stays untouched.
    link.click();
    // The download has taken the data by the next turn; the URL is not needed after it.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    actions.say('saved');
  } catch {
    actions.say('errorSave');
  }
}

/** A file name from the title: letters, digits and dashes in any script, not too long. */
export function fileNameFor(title: string): string {
  const name = title.normalize('NFC').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 80);
  return name || 'article';
}
